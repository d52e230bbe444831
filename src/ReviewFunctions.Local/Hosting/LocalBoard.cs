using System.Text.Json.Nodes;

namespace ReviewFunctions.Local.Hosting;

/// <summary>
/// The Board settings the local host runs with: a Board's own file, or the shipped demonstration Board. One file holds
/// what Azure keeps in two places: the notice settings (with the partnership's e-mail domains) and the people who sign
/// in with their roles (Entra ID's app role assignments).
/// </summary>
public static class LocalBoard
{
    /// <summary>The Board's people, read by <see cref="SignIn.BoardPeople"/>; the notice settings know nothing of them.</summary>
    public const string People = "people";

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
    public static Func<string, string?> Settings(string boardJson)
    {
        var board = JsonNode.Parse(boardJson) as JsonObject ?? throw new InvalidDataException("The Board file must be one JSON object.");
        board.Remove(People);
        var notices = board.ToJsonString();
        return key => key switch
        {
            "Notices__Settings" or "Notices:Settings" => notices,
            _ => null,
        };
    }
}
