using ReviewFunctions.Domain.Reviews;
using ReviewFunctions.Emulators.CaseFiles;
using ReviewFunctions.Infrastructure.CaseFiles;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

public sealed class ReleaseCaseFilesRunnerTests
{
    private static readonly DateTimeOffset Now = new(2027, 9, 1, 10, 0, 0, TimeSpan.Zero);

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task Releasing_unlocks_every_record_keeps_its_label_and_reports_how_many()
    {
        var root = Directory.CreateTempSubdirectory("vault-");
        try
        {
            var vault = new LocalCaseFileVault(new LocalCaseFileVaultOptions { Root = root.FullName });
            await vault.SecureAsync("CR-2027-0010", ["bm@board.example.org"]);
            await vault.PlaceRecordAsync("CR-2027-0010", "referral-20270208-0001.docx", new byte[] { 1, 2, 3 });
            await vault.PlaceRecordAsync("CR-2027-0010", "letter-20270209-0002.html", new byte[] { 4, 5 });

            var outcome = await new ReleaseCaseFilesRunner(vault, new FixedClock()).RunAsync(new ReleaseCaseFiles("CR-2027-0010"), default);

            Assert.Equal(new CaseFilesReleased(Now, 2), Assert.Single(outcome.Events));
            var contents = await vault.GetAsync("CR-2027-0010");
            Assert.All(contents!.Records, r => Assert.False(r.Locked));
            Assert.All(contents.Records, r => Assert.Equal("Case review record", r.RetentionLabel));
        }
        finally
        {
            foreach (var file in root.EnumerateFiles("*", SearchOption.AllDirectories))
            {
                file.IsReadOnly = false;
            }

            root.Delete(recursive: true);
        }
    }
}
