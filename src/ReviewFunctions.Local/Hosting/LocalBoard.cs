namespace ReviewFunctions.Local.Hosting;

/// <summary>The Board settings the local host runs with: a Board's own file, or the shipped demonstration Board.</summary>
public static class LocalBoard
{
    public static string SettingsJson(string? file)
    {
        if (file is not null)
        {
            return File.ReadAllText(file);
        }

        using var stream = typeof(LocalBoard).Assembly.GetManifestResourceStream("ReviewFunctions.Local.demonstration-board.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The settings every local service reads, in the same names the Functions app's app settings use.</summary>
    public static Func<string, string?> Settings(string boardJson) => key => key switch
    {
        "Notices__Settings" or "Notices:Settings" => boardJson,
        _ => null,
    };
}
