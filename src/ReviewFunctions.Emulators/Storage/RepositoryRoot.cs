namespace ReviewFunctions.Emulators.Storage;

/// <summary>The repository root (package.json beside ReviewFunctions.sln), where the pinned Azurite is installed.</summary>
public static class RepositoryRoot
{
    public static string Find(params string[] startFolders)
    {
        foreach (var start in startFolders.Append(AppContext.BaseDirectory).Append(Directory.GetCurrentDirectory()))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "ReviewFunctions.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Could not find the repository root (package.json beside ReviewFunctions.sln) above " + AppContext.BaseDirectory);
    }
}
