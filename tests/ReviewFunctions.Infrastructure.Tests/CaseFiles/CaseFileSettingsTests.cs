using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

public sealed class CaseFileSettingsTests
{
    [Fact]
    public void SharePoint_needs_the_site_and_the_retention_label()
    {
        var settings = new Dictionary<string, string?> { ["CaseFiles:SiteId"] = FakeGraph.SiteId };

        var error = Assert.Throws<InvalidOperationException>(() => CaseFileSettings.CreateStore(settings.GetValueOrDefault, () => new FakeTokenCredential("t")));

        Assert.Contains("CaseFiles__RetentionLabel", error.Message, StringComparison.Ordinal);
        settings["CaseFiles:RetentionLabel"] = FakeGraph.Label;
        using var store = CaseFileSettings.CreateStore(settings.GetValueOrDefault, () => new FakeTokenCredential("t"));
    }
}
