namespace ReviewFunctions.Domain.Procedures;

/// <summary>A procedure file that cannot be used, with the file and line so a Board can fix it.</summary>
public sealed class ProcedureLoadException : Exception
{
    public ProcedureLoadException(string file, long? line, string problem)
        : base(line is { } l ? $"{file} line {l}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public ProcedureLoadException(string file, long? line, string problem, Exception inner)
        : base(line is { } l ? $"{file} line {l}: {problem}" : $"{file}: {problem}", inner)
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public string File { get; }

    public long? Line { get; }

    public string Problem { get; }
}
