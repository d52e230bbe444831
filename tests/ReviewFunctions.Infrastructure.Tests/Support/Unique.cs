namespace ReviewFunctions.Infrastructure.Tests.Support;

/// <summary>Names no other test (or parallel test run) will use.</summary>
internal static class Unique
{
    public static string Table(string prefix) => prefix + Guid.NewGuid().ToString("N")[..20];

    public static string Container() => "docs-" + Guid.NewGuid().ToString("N")[..20];

    /// <summary>A review reference in the product's shape, e.g. CR-2027-4F3A9C01.</summary>
    public static string Reference() => "CR-2027-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
}
