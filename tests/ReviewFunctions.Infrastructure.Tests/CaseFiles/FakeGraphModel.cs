namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

/// <summary>One request the fake saw: the path as Graph would read it (percent-decoded) and the body as text.</summary>
internal sealed record SeenRequest(string Method, string Path, string Query, string Body, string? Authorization)
{
    public byte[] Bytes { get; init; } = [];

    /// <summary>When it arrived, on <see cref="FakeGraph.Clock"/>.</summary>
    public DateTimeOffset At { get; init; }

    public override string ToString() => $"{Method} {Path}{Query}";
}

/// <summary>A drive item in the fake library: the root, a review folder or a record.</summary>
internal sealed class FakeItem(string id, string name, string? parentId, bool isFolder, int listItemId)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string? ParentId { get; } = parentId;

    public bool IsFolder { get; } = isFolder;

    public int ListItemId { get; } = listItemId;

    public byte[] Content { get; set; } = [];

    /// <summary>True until the item gets unique permissions: it then shows the library's grants as inherited.</summary>
    public bool Inherits { get; set; } = true;

    public List<FakePermission> Permissions { get; } = [];

    public string? Label { get; set; }

    public bool Locked { get; set; }
}

internal sealed record FakePermission(string Id, string Kind, string? Email, string Role);
