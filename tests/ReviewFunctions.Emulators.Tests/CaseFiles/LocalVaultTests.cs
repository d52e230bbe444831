using System.Text;
using System.Text.Json.Nodes;
using ReviewFunctions.Emulators.CaseFiles;
using ReviewFunctions.Infrastructure.CaseFiles;

namespace ReviewFunctions.Emulators.Tests.CaseFiles;

public sealed class LocalVaultTests : IDisposable
{
    private const string Reference = "CR-2027-0004";
    private const string Referral = "referral-20270208-1.docx";
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("vault-");
    private readonly LocalCaseFileVault vault;

    public LocalVaultTests() => vault = new LocalCaseFileVault(new LocalCaseFileVaultOptions { Root = root.FullName, RetentionLabel = "Case review record" });

    private string Folder => Path.Combine(root.FullName, Reference);

    public void Dispose()
    {
        vault.Dispose();
        // Locked records are read-only files.
        foreach (var file in root.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.Attributes &= ~FileAttributes.ReadOnly;
        }

        root.Delete(recursive: true);
    }

    [Fact]
    public async Task Securing_records_exactly_the_members_in_the_case_file_json()
    {
        var access = await vault.SecureAsync(Reference, ["BM@board.example.org", "chair@panel.example.org", "bm@board.example.org"]);

        Assert.Equal(Folder, access.Folder);
        Assert.Equal(["bm@board.example.org", "chair@panel.example.org"], access.People);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "case-file.json")))!;
        Assert.Equal(["bm@board.example.org", "chair@panel.example.org"], json["access"]!.AsArray().Select(a => a!.GetValue<string>()));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Folder));
        }
    }

    [Fact]
    public async Task A_removed_member_is_gone_from_the_access_list_and_an_added_one_is_there()
    {
        await vault.SecureAsync(Reference, ["bm@board.example.org", "chair@panel.example.org"]);

        var access = await vault.SecureAsync(Reference, ["bm@board.example.org", "author@reviews.example.org"]);

        Assert.Equal(["author@reviews.example.org", "bm@board.example.org"], access.People);
        var contents = await vault.GetAsync(Reference);
        Assert.DoesNotContain("chair@panel.example.org", contents!.Access.People);
    }

    [Fact]
    public async Task A_placed_record_is_read_only_on_disk_and_labelled()
    {
        var record = await vault.PlaceRecordAsync(Reference, Referral, Encoding.UTF8.GetBytes("referral form"));

        Assert.Equal(new CaseFileRecord(Referral, 13, "Case review record", Locked: true), record);
        var path = Path.Combine(Folder, "records", Referral);
        Assert.True(File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly));
        Assert.Equal("referral form", File.ReadAllText(path));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "case-file.json")))!["records"]![0]!;
        Assert.Equal(35, json["retentionYears"]!.GetValue<int>());
        Assert.Equal(64, json["sha256"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task Release_makes_records_writable_again_keeping_the_label_and_keeping_locked_locks_them()
    {
        await vault.PlaceRecordAsync(Reference, Referral, Encoding.UTF8.GetBytes("referral form"));
        var path = Path.Combine(Folder, "records", Referral);

        var released = Assert.Single(await vault.ReleaseAsync(Reference));

        Assert.False(released.Locked);
        Assert.Equal("Case review record", released.RetentionLabel);
        Assert.False(File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly));

        var kept = Assert.Single(await vault.KeepLockedAsync(Reference));

        Assert.True(kept.Locked);
        Assert.True(File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly));
    }

    [Fact]
    public async Task Placing_the_same_record_twice_is_harmless_and_different_bytes_under_its_name_are_refused()
    {
        await vault.PlaceRecordAsync(Reference, Referral, Encoding.UTF8.GetBytes("referral form"));

        var again = await vault.PlaceRecordAsync(Reference, Referral, Encoding.UTF8.GetBytes("referral form"));

        Assert.True(again.Locked);
        await Assert.ThrowsAsync<CaseFileRecordConflictException>(() => vault.PlaceRecordAsync(Reference, Referral, Encoding.UTF8.GetBytes("changed")));
        Assert.Equal("referral form", File.ReadAllText(Path.Combine(Folder, "records", Referral)));
        Assert.Single((await vault.GetAsync(Reference))!.Records);
    }

    [Fact]
    public async Task A_record_whose_lock_was_lifted_on_disk_is_shown_unlocked()
    {
        await vault.PlaceRecordAsync(Reference, Referral, Encoding.UTF8.GetBytes("referral form"));
        var path = Path.Combine(Folder, "records", Referral);
        File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);

        var contents = await vault.GetAsync(Reference);

        Assert.False(Assert.Single(contents!.Records).Locked);
    }

    [Fact]
    public async Task A_review_with_no_case_file_has_nothing_to_show_or_release()
    {
        Assert.Null(await vault.GetAsync(Reference));
        await Assert.ThrowsAsync<CaseFileNotFoundException>(() => vault.ReleaseAsync(Reference));
        await Assert.ThrowsAsync<ArgumentException>(() => vault.SecureAsync(Reference, ["not an address"]));
    }
}
