using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

/// <summary>The SharePoint case-file store pointed at a <see cref="FakeGraph"/>, with waits recorded instead of slept.</summary>
internal static class TestCaseFiles
{
    public const string Token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.case-files-test.";

    public static SharePointCaseFileStore Store(FakeGraph fake, RecordingDelay delay, FakeTokenCredential? credential = null, TimeSpan? maxServerDelay = null, WaitingClock? clock = null) =>
        new(new SharePointCaseFileOptions
        {
            SiteId = FakeGraph.SiteId,
            LibraryName = FakeGraph.Library,
            RetentionLabel = FakeGraph.Label,
            ApplicationId = FakeGraph.ApplicationId,
            Credential = credential ?? new FakeTokenCredential(Token),
            GraphBaseUrl = fake.GraphBase,
            Retry = new CaseFileRetryOptions { Delay = clock is null ? delay.Wait : clock.Wait, MaxServerDelay = maxServerDelay ?? TimeSpan.FromMinutes(2) },
            TimeProvider = clock ?? TimeProvider.System,
        });
}
