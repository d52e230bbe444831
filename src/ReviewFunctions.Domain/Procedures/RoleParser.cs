using static ReviewFunctions.Domain.Procedures.JsonFileReader;

namespace ReviewFunctions.Domain.Procedures;

/// <summary>Reads roles.json: every role that can own a step, and whom it escalates to.</summary>
internal static class RoleParser
{
    public static IReadOnlyDictionary<string, Role> Parse(string file, byte[] utf8)
    {
        var json = JsonFileReader.Open(file, utf8);
        json.RequireObject(json.Root, string.Empty, ProcedureFields.RolesFileKeys);
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        var entries = json.Array(json.Root, string.Empty, "roles", required: true);
        for (var i = 0; i < entries.Count; i++)
        {
            var path = Index("roles", i);
            json.RequireObject(entries[i], path, ProcedureFields.RoleKeys);
            var id = json.String(entries[i], path, "id");
            if (!ProcedureFields.IsKebab(id))
            {
                throw json.Error(Join(path, "id"), $"'{id}' must be lower-case kebab-case");
            }

            if (!roles.TryAdd(id, new Role(id, json.String(entries[i], path, "title"), json.OptionalString(entries[i], path, "escalatesTo"))))
            {
                throw json.Error(Join(path, "id"), $"role '{id}' is defined twice");
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var role = roles[entries[i].GetProperty("id").GetString()!];
            if (role.EscalatesTo is { } manager && !roles.ContainsKey(manager))
            {
                throw json.Error(Join(Index("roles", i), "escalatesTo"), $"'{manager}' is not a role in this file");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal) { role.Id };
            for (var next = role.EscalatesTo; next is not null; next = roles[next].EscalatesTo)
            {
                if (!seen.Add(next))
                {
                    throw json.Error(Join(Index("roles", i), "escalatesTo"), $"escalation from '{role.Id}' goes round in a circle through '{next}'");
                }
            }
        }

        return roles;
    }
}
