using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

public sealed class CaseFileSettingsTests
{
    [Fact]
    public void A_local_root_gives_the_local_vault()
    {
        var settings = new Dictionary<string, string?> { ["CaseFiles__LocalRoot"] = Path.GetTempPath() };

        var store = CaseFileSettings.CreateStore(settings.GetValueOrDefault, () => throw new InvalidOperationException("no credential needed"));

        Assert.IsType<LocalCaseFileVault>(store);
        ((IDisposable)store).Dispose();
    }

    [Fact]
    public void SharePoint_needs_the_site_and_the_retention_label()
    {
        var settings = new Dictionary<string, string?> { ["CaseFiles:SiteId"] = FakeGraph.SiteId };

        var error = Assert.Throws<InvalidOperationException>(() => CaseFileSettings.CreateStore(settings.GetValueOrDefault, () => new FakeTokenCredential("t")));

        Assert.Contains("CaseFiles__RetentionLabel", error.Message, StringComparison.Ordinal);
        settings["CaseFiles:RetentionLabel"] = FakeGraph.Label;
        using var store = Assert.IsType<SharePointCaseFileStore>(CaseFileSettings.CreateStore(settings.GetValueOrDefault, () => new FakeTokenCredential("t")));
    }
}
