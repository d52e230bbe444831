using ReviewFunctions.Bench.Running;

// One scenario per run: it prints its table of figures (and writes them as JSON with --json FILE), and exits 0 when
// every target was met, 1 when one was missed or the run failed, 2 for a wrong argument. bench/README.md says more.
return await Scenarios.RunAsync(args, Console.Out, Console.Error);
