using System.Text;
using ReviewFunctions.Emulators.CaseFiles;
using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

public sealed class CaseFileNameTests
{
    private const string Reference = "CR-2027-0003";

    public static TheoryData<string> GoodRecords() => new()
    {
        "referral-20270208-1.docx",
        "letter-20270209-12.pdf",
        "letter-20270228-1.pdf",
        "referral-20270208-5d3c1e2a8e1d4a6b9c0e2d5f8a1b7e64.eml",
    };

    public static TheoryData<string> BadRecords() => new()
    {
        "referral.docx",
        "letter-20270230-1.pdf",
        "letter-20270229-1.pdf",
        "letter-20270209-1.exe",
        "minutes-20270209-1.pdf",
        "Letter-20270209-1.pdf",
        "letter-20270209-1.pdf/../../x.pdf",
        "letter-20270209-..pdf",
        "letter-20270209-1",
        "",
    };

    [Fact]
    public void The_sample_referrals_name_a_child_and_family_to_keep_out()
    {
        Assert.Contains("Jayden Marsh", SampleFamilyNames.FullNames);
        Assert.Contains("Nadia Haddad", SampleFamilyNames.FullNames);
        Assert.Equal(7, SampleFamilyNames.FullNames.Count);
    }

    [Theory]
    [MemberData(nameof(GoodRecords))]
    public void Reference_based_record_names_are_accepted(string name) => Assert.Equal(name, CaseFileNames.Record(name));

    [Theory]
    [MemberData(nameof(BadRecords))]
    public void Anything_else_is_refused(string name) => Assert.Throws<ArgumentException>(() => CaseFileNames.Record(name));

    [Fact]
    public void A_family_members_name_is_refused_in_every_shape_and_never_repeated_in_the_error()
    {
        foreach (var full in SampleFamilyNames.FullNames)
        {
            var parts = full.Split(' ');
            string[] attempts =
            [
                full + ".pdf",
                full.Replace(' ', '-') + ".docx",
                $"letter-20270209-{parts[^1]}.pdf",
                $"letter-20270209-{parts[0].ToLowerInvariant()}.pdf",
                $"referral-20270208-1-{parts[^1].ToLowerInvariant()}.docx",
                $"referral-{full.Replace(' ', '_').ToLowerInvariant()}.eml",
                $"{parts[0].ToLowerInvariant()}-20270208-1.pdf",
            ];
            foreach (var attempt in attempts)
            {
                var error = Assert.Throws<ArgumentException>(() => CaseFileNames.Record(attempt));
                Assert.False(SampleFamilyNames.AppearsIn(error.Message), $"The error for a refused name repeats it: {error.Message}");
            }

            foreach (var reference in new[] { full.Replace(' ', '-').ToUpperInvariant(), "CR-2027-" + parts[^1].ToUpperInvariant(), $"CR-2027-{parts[0].ToUpperInvariant()}1", full })
            {
                var error = Assert.Throws<ArgumentException>(() => CaseFileNames.Folder(reference));
                Assert.False(SampleFamilyNames.AppearsIn(error.Message));
            }
        }
    }

    [Fact]
    public void References_in_the_products_shape_are_folder_names()
    {
        Assert.Equal("CR-2027-0001", CaseFileNames.Folder("CR-2027-0001"));
        Assert.Equal("CR-2027-4F3A9C01", CaseFileNames.Folder("CR-2027-4F3A9C01"));
        Assert.Throws<ArgumentException>(() => CaseFileNames.Folder("../CR-2027-0001"));
        Assert.Throws<ArgumentException>(() => CaseFileNames.Folder("cr-2027-0001"));
    }

    [Fact]
    public async Task No_path_folder_or_file_name_the_SharePoint_adapter_creates_carries_a_family_name()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.UnionWith(["chair@panel.example.org", "bm@board.example.org"]);
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());

        await store.SecureAsync(Reference, ["chair@panel.example.org", "bm@board.example.org"]);
        await store.PlaceRecordAsync(Reference, "referral-20270208-1.docx", Encoding.UTF8.GetBytes("Name of child: " + SampleFamilyNames.FullNames[0]));
        await store.PlaceRecordAsync(Reference, "letter-20270209-1.pdf", Encoding.UTF8.GetBytes("%PDF-1.7"));
        foreach (var full in SampleFamilyNames.FullNames)
        {
            await Assert.ThrowsAsync<ArgumentException>(() => store.PlaceRecordAsync(Reference, $"referral-20270208-{full.Replace(' ', '-')}.docx", Encoding.UTF8.GetBytes("x")));
            await Assert.ThrowsAsync<ArgumentException>(() => store.SecureAsync(full.Replace(' ', '-').ToUpperInvariant(), []));
        }

        await store.ReleaseAsync(Reference);
        await store.GetAsync(Reference);

        Assert.True(fake.Requests.Count > 20);
        Assert.All(fake.Requests, r => Assert.False(SampleFamilyNames.AppearsIn(r.Path + r.Query), $"A request path carries a family name: {r}"));
        Assert.All(fake.Requests.Where(r => r.Method is "POST" or "PATCH" && !r.Path.Contains("invite", StringComparison.Ordinal)), r => Assert.False(SampleFamilyNames.AppearsIn(r.Body), $"A request body carries a family name: {r}"));
    }

    [Fact]
    public async Task No_folder_or_file_the_local_vault_writes_carries_a_family_name()
    {
        var root = Directory.CreateTempSubdirectory("vault-names-");
        try
        {
            using var vault = new LocalCaseFileVault(new LocalCaseFileVaultOptions { Root = root.FullName });
            await vault.SecureAsync(Reference, ["bm@board.example.org"]);
            await vault.PlaceRecordAsync(Reference, "referral-20270208-1.docx", Encoding.UTF8.GetBytes("x"));
            foreach (var full in SampleFamilyNames.FullNames)
            {
                await Assert.ThrowsAsync<ArgumentException>(() => vault.PlaceRecordAsync(Reference, full + ".docx", Encoding.UTF8.GetBytes("x")));
            }

            var written = Directory.GetFileSystemEntries(root.FullName, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(root.FullName, p)).ToList();
            Assert.Equal(4, written.Count);
            Assert.All(written, p => Assert.False(SampleFamilyNames.AppearsIn(p), p));
        }
        finally
        {
            ClearReadOnly(root);
            root.Delete(recursive: true);
        }
    }

    internal static void ClearReadOnly(DirectoryInfo root)
    {
        foreach (var file in root.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            file.Attributes &= ~FileAttributes.ReadOnly;
        }
    }
}
