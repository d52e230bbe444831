namespace ReviewFunctions.Tests.Support;

/// <summary>Paths in the repository under test.</summary>
internal static class Repository
{
    /// <summary>The folder holding ReviewFunctions.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReviewFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ReviewFunctions.sln above {AppContext.BaseDirectory}.");
    }
}
