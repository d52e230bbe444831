using System.Text.Json.Nodes;
using ReviewFunctions.Infrastructure.CaseFiles;
using ReviewFunctions.Infrastructure.Tests.Support;

namespace ReviewFunctions.Infrastructure.Tests.CaseFiles;

public sealed class SharePointSecureTests
{
    private const string Reference = "CR-2027-0001";
    private const string Chair = "chair@panel.example.org";
    private const string Manager = "bm@board.example.org";
    private const string Author = "author@reviews.example.org";
    private static readonly string Drive = $"/v1.0/drives/{FakeGraph.DriveId}";

    [Fact]
    public async Task Securing_a_new_review_creates_its_folder_stops_it_inheriting_and_shares_it_with_exactly_its_members()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.UnionWith([Chair, Manager]);
        var credential = new FakeTokenCredential(TestCaseFiles.Token);
        using var store = TestCaseFiles.Store(fake, new RecordingDelay(), credential);

        var access = await store.SecureAsync(Reference, [Manager, "Chair@Panel.example.org"]);

        Assert.Equal("Case reviews/CR-2027-0001", access.Folder);
        Assert.Equal([Manager, Chair], access.People);
        var folder = fake.Folder(Reference)!;
        Assert.False(folder.Inherits);
        Assert.Equal(
            [
                $"GET /v1.0/sites/{FakeGraph.SiteId}/drives?$select=id,name",
                $"POST {Drive}/items/root/children",
                $"GET {Drive}/items/{folder.Id}/permissions",
                $"GET {Drive}/items/{folder.Id}?$select=id,sharepointIds",
                $"POST /sites/cases/_api/web/lists(guid'{FakeGraph.ListId}')/items({folder.ListItemId})/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)",
                $"GET {Drive}/items/{folder.Id}/permissions",
                $"POST {Drive}/items/{folder.Id}/invite",
                $"POST {Drive}/items/{folder.Id}/invite",
                $"GET {Drive}/items/{folder.Id}/permissions",
            ],
            fake.Requests.Select(r => r.ToString()));

        var create = JsonNode.Parse(fake.Requests[1].Body)!;
        Assert.Equal(Reference, create["name"]!.GetValue<string>());
        Assert.NotNull(create["folder"]);
        Assert.Equal("fail", create["@microsoft.graph.conflictBehavior"]!.GetValue<string>());

        var invites = fake.Requests.Where(r => r.Path.EndsWith("/invite", StringComparison.Ordinal)).Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.Equal([Manager, Chair], invites.Select(i => i["recipients"]![0]!["email"]!.GetValue<string>()));
        Assert.All(invites, i =>
        {
            Assert.Equal("read", Assert.Single(i["roles"]!.AsArray())!.GetValue<string>());
            Assert.True(i["requireSignIn"]!.GetValue<bool>());
            Assert.False(i["sendInvitation"]!.GetValue<bool>());
        });

        Assert.All(fake.Requests, r => Assert.Equal("Bearer " + TestCaseFiles.Token, r.Authorization));
        Assert.Contains($"{fake.Address.Scheme}://{fake.Address.Authority}/.default", credential.Scopes);
    }

    [Fact]
    public async Task A_folder_that_already_exists_is_fetched_and_secured_not_duplicated()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.Add(Chair);
        var earlier = fake.AddFolder(Reference);
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());
        var before = await store.GetAsync(Reference);
        Assert.Equal(["permission c2l0ZU93bmVycw (inherited siteGroup)", "permission c2l0ZU1lbWJlcnM (inherited siteGroup)"], before!.OtherGrants);
        var start = fake.Requests.Count;

        var access = await store.SecureAsync(Reference, [Chair]);

        Assert.Equal([Chair], access.People);
        Assert.Same(earlier, fake.Folder(Reference));
        Assert.Empty((await store.GetAsync(Reference))!.OtherGrants);
        Assert.False(earlier.Inherits);
        Assert.Equal(
            [$"POST {Drive}/items/root/children", $"GET {Drive}/items/root:/{Reference}:"],
            fake.Requests.Skip(start).Take(2).Select(r => r.ToString()));
    }

    [Fact]
    public async Task A_member_already_present_is_left_alone_a_new_one_is_added_and_a_removed_one_loses_access()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.UnionWith([Chair, Manager, Author]);
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());
        await store.SecureAsync(Reference, [Chair, Manager]);
        var folder = fake.Folder(Reference)!;
        var before = fake.Requests.Count;

        var access = await store.SecureAsync(Reference, [Manager, Author]);

        Assert.Equal([Author, Manager], access.People);
        var chairGrant = FakeGraph.UserGrant(Chair).Id;
        Assert.Equal(
            [
                $"POST {Drive}/items/{folder.Id}/invite",
                $"DELETE {Drive}/items/{folder.Id}/permissions/{chairGrant}",
            ],
            fake.Requests.Skip(before).Where(r => r.Method is "POST" or "DELETE" && !r.Path.EndsWith("/children", StringComparison.Ordinal)).Select(r => r.ToString()));
        Assert.Equal(Author, JsonNode.Parse(fake.Requests.Single(r => r.Method == "POST" && r.Body.Contains(Author, StringComparison.Ordinal)).Body)!["recipients"]![0]!["email"]!.GetValue<string>());
        Assert.DoesNotContain(folder.Permissions, p => p.Email == Chair);
        Assert.Contains(folder.Permissions, p => p.Kind == "app");
    }

    [Fact]
    public async Task A_grant_someone_else_made_on_the_folder_is_taken_away()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.Add(Manager);
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());
        await store.SecureAsync(Reference, [Manager]);
        fake.Folder(Reference)!.Permissions.Add(FakeGraph.UserGrant("curious@board.example.org", "write"));

        var access = await store.SecureAsync(Reference, [Manager]);

        Assert.Equal([Manager], access.People);
        Assert.DoesNotContain(fake.Folder(Reference)!.Permissions, p => p.Email == "curious@board.example.org");
    }

    [Fact]
    public async Task A_member_who_is_not_a_user_of_the_organisation_is_a_clear_error_naming_them()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.Add(Manager);
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());

        var error = await Assert.ThrowsAsync<CaseFileMemberNotFoundException>(() => store.SecureAsync(Reference, [Manager, "nobody@elsewhere.example"]));

        Assert.Equal("nobody@elsewhere.example", error.Member);
        Assert.Equal(Reference, error.Reference);
        Assert.Contains("invalidRequest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Throttling_and_outages_are_retried_after_exactly_the_wait_Graph_and_SharePoint_ask_for()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.Add(Chair);
        fake.Fail(r => r.Path.EndsWith("/invite", StringComparison.Ordinal), 429, "7", times: 2);
        fake.Fail(r => r.Path.EndsWith("/children", StringComparison.Ordinal), 503, "2");
        fake.Fail(r => r.Path.Contains("breakroleinheritance", StringComparison.Ordinal), 429, "11");
        var delay = new RecordingDelay();
        using var store = TestCaseFiles.Store(fake, delay);

        var access = await store.SecureAsync(Reference, [Chair]);

        Assert.Equal([Chair], access.People);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(11), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], delay.Waits);
        Assert.Equal(3, fake.Requests.Count(r => r.Path.EndsWith("/invite", StringComparison.Ordinal)));
        var retried = fake.Requests.Where(r => r.Path.EndsWith("/invite", StringComparison.Ordinal)).Select(r => r.Body).Distinct().ToList();
        Assert.Single(retried);
    }

    [Fact]
    public async Task A_wait_longer_than_we_will_hold_on_surfaces_for_the_orchestration_to_retry_later()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Fail(r => r.Path.EndsWith("/drives", StringComparison.Ordinal), 429, "3600");
        var delay = new RecordingDelay();
        using var store = TestCaseFiles.Store(fake, delay, maxServerDelay: TimeSpan.FromMinutes(1));

        var error = await Assert.ThrowsAsync<CaseFileServiceException>(() => store.SecureAsync(Reference, []));

        Assert.Equal(429, error.Status);
        Assert.Equal("activityLimitReached", error.Code);
        Assert.Empty(delay.Waits);
    }

    [Fact]
    public async Task A_read_back_that_is_not_the_intended_list_is_an_error_listing_who_differs()
    {
        await using var fake = await FakeGraph.StartAsync();
        fake.Users.UnionWith([Chair, Manager]);
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());
        await store.SecureAsync(Reference, [Chair, Manager]);
        fake.SwallowRevokes = true;

        var error = await Assert.ThrowsAsync<CaseFileAccessMismatchException>(() => store.SecureAsync(Reference, [Manager]));

        Assert.Equal([Chair], error.Unexpected);
        Assert.Empty(error.Missing);
        Assert.Contains(Chair, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_with_no_members_yet_is_secured_to_nobody()
    {
        await using var fake = await FakeGraph.StartAsync();
        using var store = TestCaseFiles.Store(fake, new RecordingDelay());

        var access = await store.SecureAsync(Reference, []);

        Assert.Empty(access.People);
        var folder = fake.Folder(Reference)!;
        Assert.False(folder.Inherits);
        Assert.Equal("app", Assert.Single(folder.Permissions).Kind);
    }
}
