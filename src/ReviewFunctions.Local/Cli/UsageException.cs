namespace ReviewFunctions.Local.Cli;

/// <summary>A bad command line: printed as one line naming the argument, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
