namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>One request through a <see cref="FaultProxy"/>: what it was, how it was answered, when it arrived and what it carried.</summary>
internal sealed record ProxiedRequest(string Method, int Status, TimeSpan ArrivedAt, long BodyLength, string? ContentMd5);
