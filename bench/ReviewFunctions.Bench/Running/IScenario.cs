namespace ReviewFunctions.Bench.Running;

/// <summary>One benchmark scenario: reads its options, runs, and answers with its figures and targets.</summary>
internal interface IScenario
{
    /// <summary>The name it is run by: <c>national</c>, <c>local</c>, <c>intake</c>, <c>storage</c>.</summary>
    string Name { get; }

    /// <summary>Its options, for the usage message.</summary>
    string Usage { get; }

    /// <exception cref="BenchArgumentException">An option is wrong.</exception>
    /// <exception cref="BenchFailedException">The run could not go on.</exception>
    Task<Figures> RunAsync(BenchArguments arguments, TextWriter progress, CancellationToken cancellationToken);
}
