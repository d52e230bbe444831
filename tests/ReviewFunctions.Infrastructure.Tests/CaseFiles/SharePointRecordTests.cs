using System.Text;
using System.Text.Json.Nodes;
using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

public sealed class SharePointRecordTests
{
    private const string Reference = "CR-2027-0002";
    private const string Referral = "referral-20270208-1.docx";
    private static readonly string Drive = $"/v1.0/drives/{FakeGraph.DriveId}";
    private static readonly byte[] Original = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0xFF, 0x00, 0x0A];

    [Fact]
    public async Task A_record_is_uploaded_create_only_and_locked_by_the_record_label()
    {
        await using var fake = await FakeGraph.StartAsync();
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());

        var record = await store.PlaceRecordAsync(Reference, Referral, Original);

        Assert.Equal(new CaseFileRecord(Referral, Original.Length, FakeGraph.Label, Locked: true), record);
        var folder = fake.Folder(Reference)!;
        var file = fake.File(Reference, Referral)!;
        Assert.Equal(Original, file.Content);
        Assert.False(folder.Inherits);
        var put = fake.Requests.Single(r => r.Method == "PUT");
        Assert.Equal($"{Drive}/items/{folder.Id}:/{Referral}:/content", put.Path);
        Assert.Equal("?@microsoft.graph.conflictBehavior=fail", put.Query);
        var patch = fake.Requests.Single(r => r.Method == "PATCH");
        Assert.Equal($"{Drive}/items/{file.Id}/retentionLabel", patch.Path);
        Assert.Equal(FakeGraph.Label, JsonNode.Parse(patch.Body)!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_label_that_does_not_lock_when_applied_is_followed_by_an_explicit_lock()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.LabelLocksOnApply = false;
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());

        var record = await store.PlaceRecordAsync(Reference, "letter-20270209-2.pdf", Encoding.UTF8.GetBytes("%PDF-1.7 letter"));

        Assert.True(record.Locked);
        var patches = fake.Requests.Where(r => r.Method == "PATCH").Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.Equal(2, patches.Count);
        Assert.True(patches[1]["retentionSettings"]!["isRecordLocked"]!.GetValue<bool>());
        Assert.Null(patches[1]["name"]);
    }

    [Fact]
    public async Task Placing_the_same_record_again_is_harmless_and_a_different_one_under_its_name_is_refused()
    {
        await using var fake = await FakeGraph.StartAsync();
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());
        await store.PlaceRecordAsync(Reference, Referral, Original);
        var before = fake.Requests.Count;

        var again = await store.PlaceRecordAsync(Reference, Referral, Original);

        Assert.True(again.Locked);
        var file = fake.File(Reference, Referral)!;
        Assert.Contains($"GET {Drive}/items/{file.Id}/content", fake.Requests.Skip(before).Select(r => r.ToString()));
        Assert.DoesNotContain(fake.Requests.Skip(before), r => r.Method == "PATCH");

        var error = await Assert.ThrowsAsync<CaseFileRecordConflictException>(() => store.PlaceRecordAsync(Reference, Referral, Encoding.UTF8.GetBytes("other bytes")));
        Assert.Equal(Referral, error.FileName);
        Assert.Equal(Original, fake.File(Reference, Referral)!.Content);
    }

    [Fact]
    public async Task Release_unlocks_every_record_but_keeps_its_label_and_keeping_locked_locks_them_again()
    {
        await using var fake = await FakeGraph.StartAsync();
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());
        await store.PlaceRecordAsync(Reference, Referral, Original);
        await store.PlaceRecordAsync(Reference, "letter-20270209-1.pdf", Encoding.UTF8.GetBytes("%PDF-1.7"));

        var released = await store.ReleaseAsync(Reference);

        Assert.All(released, r => Assert.Equal(FakeGraph.Label, r.RetentionLabel));
        Assert.All(released, r => Assert.False(r.Locked));
        Assert.Equal(["letter-20270209-1.pdf", Referral], released.Select(r => r.Name));
        var unlocks = fake.Requests.Where(r => r.Method == "PATCH").TakeLast(2).Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.All(unlocks, u => Assert.False(u["retentionSettings"]!["isRecordLocked"]!.GetValue<bool>()));
        Assert.All(unlocks, u => Assert.Null(u["name"]));

        var kept = await store.KeepLockedAsync(Reference);

        Assert.All(kept, r => Assert.True(r.Locked));
        Assert.True(fake.File(Reference, Referral)!.Locked);
    }

    [Fact]
    public async Task A_review_without_a_case_file_has_nothing_to_release_or_show()
    {
        await using var fake = await FakeGraph.StartAsync();
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());

        Assert.Null(await store.GetAsync(Reference));
        await Assert.ThrowsAsync<CaseFileNotFoundException>(() => store.ReleaseAsync(Reference));
        await Assert.ThrowsAsync<CaseFileNotFoundException>(() => store.KeepLockedAsync(Reference));
        Assert.Null(fake.Folder(Reference));
    }

    [Fact]
    public async Task The_case_file_shows_who_has_access_and_each_record_with_its_lock()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.Add("bm@board.example.org");
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());
        await store.SecureAsync(Reference, ["bm@board.example.org"]);
        await store.PlaceRecordAsync(Reference, Referral, Original);

        var contents = await store.GetAsync(Reference);

        Assert.NotNull(contents);
        Assert.Equal(["bm@board.example.org"], contents.Access.People);
        Assert.Empty(contents.OtherGrants);
        Assert.Equal([new CaseFileRecord(Referral, Original.Length, FakeGraph.Label, Locked: true)], contents.Records);
    }

    [Fact]
    public async Task A_record_placed_before_the_first_secure_step_lands_in_a_folder_open_to_nobody()
    {
        await using var fake = await FakeGraph.StartAsync();
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());

        await store.PlaceRecordAsync(Reference, Referral, Original);

        var folder = fake.Folder(Reference)!;
        Assert.False(folder.Inherits);
        Assert.Equal("app", Assert.Single(folder.Permissions).Kind);
        var breakAt = fake.Requests.ToList().FindIndex(r => r.Path.Contains("breakroleinheritance", StringComparison.Ordinal));
        var putAt = fake.Requests.ToList().FindIndex(r => r.Method == "PUT");
        Assert.InRange(breakAt, 0, putAt - 1);
    }
}
