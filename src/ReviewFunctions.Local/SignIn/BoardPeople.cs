using System.Text.Json;
using ReviewFunctions.Domain.Access;

namespace ReviewFunctions.Local.SignIn;

/// <summary>
/// The people the local host lets you act as: the Board file's <c>people</c>, each with the app roles an administrator
/// would assign them in Entra ID. In Azure the directory says who is who; here the Board file does.
/// </summary>
public sealed class BoardPeople(IReadOnlyList<BoardPerson> people)
{
    public IReadOnlyList<BoardPerson> All => people;

    public BoardPerson? Find(string? key) => people.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.Ordinal));

    public static BoardPeople Read(string boardJson)
    {
        using var json = JsonDocument.Parse(boardJson);
        if (!json.RootElement.TryGetProperty("people", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return new BoardPeople([]);
        }

        var people = new List<BoardPerson>();
        foreach (var person in list.EnumerateArray())
        {
            string? Text(string name) => person.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var key = Text("key") ?? throw new InvalidDataException("Every one of the Board's people needs a 'key'.");
            var roles = person.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToHashSet(StringComparer.Ordinal)
                : [];
            var unknown = roles.Where(role => !BoardRoles.All.Contains(role)).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidDataException($"The Board's person '{key}' has roles that are not app roles: {string.Join(", ", unknown)}. The app roles are {string.Join(", ", BoardRoles.All)}.");
            }

            people.Add(new BoardPerson(key, new Caller(Text("objectId") ?? key, Text("name") ?? key, Text("email"), roles)));
        }

        return new BoardPeople(people);
    }
}
