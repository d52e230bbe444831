namespace ReviewFunctions.Local.Tests.Engine;

/// <summary>One event a person posts to a review: the key of the Board person who posts it, and the body.</summary>
internal sealed record BoardPost(string Person, string Body);
