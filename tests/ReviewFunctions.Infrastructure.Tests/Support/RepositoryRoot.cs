namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>Finds the repository root (where package.json pins Azurite) from the test binaries' folder.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "ReviewFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (package.json beside ReviewFunctions.sln) above " + AppContext.BaseDirectory);
    }
}
