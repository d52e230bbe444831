namespace ReviewFunctions.Infrastructure.Reviews;

/// <summary>A file an API answers with, named for the person's downloads folder; never a child's or family's name.</summary>
public sealed record ApiDownload(string ContentType, byte[] Content, string FileName);
