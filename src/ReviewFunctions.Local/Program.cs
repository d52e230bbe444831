return ReviewFunctions.Local.Cli.CommandLine.Run(args, Console.Out, Console.Error);
