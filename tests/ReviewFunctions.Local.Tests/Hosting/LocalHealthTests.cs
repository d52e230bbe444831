using System.Net;
using System.Text.Json;
using ReviewFunctions.Emulators.Storage;
using ReviewFunctions.Local.Hosting;
using ReviewFunctions.Local.Tests.Access;

namespace ReviewFunctions.Local.Tests.Hosting;

/// <summary>The local host's <c>/api/health</c>: the same checks as in Azure over Azurite and the engine, Graph not used.</summary>
public sealed class LocalHealthTests(AccessHost host) : IClassFixture<AccessHost>
{
    [Fact]
    public async Task Anyone_on_this_computer_gets_200_with_each_dependency_and_the_clock()
    {
        var answer = await host.GetAsync("/api/health", caller: null);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        using var json = JsonDocument.Parse(answer.Body);
        var root = json.RootElement;
        Assert.Equal("ok", root.GetProperty("status").GetString());
        Assert.Equal("ReviewFunctions", root.GetProperty("service").GetString());
        var checks = root.GetProperty("checks");
        Assert.Equal(["storage", "taskhub", "sendgrid", "graph"], checks.EnumerateObject().Select(c => c.Name));
        Assert.All(["storage", "taskhub", "sendgrid"], name => Assert.Equal("ok", checks.GetProperty(name).GetProperty("status").GetString()));
        Assert.Equal(("not used", "local vault"), (checks.GetProperty("graph").GetProperty("status").GetString(), checks.GetProperty("graph").GetProperty("reason").GetString()));
        Assert.Equal("virtual", root.GetProperty("clock").GetProperty("mode").GetString());
    }

    [Fact]
    public async Task The_answer_names_no_account_key_connection_or_mail_key()
    {
        var answer = await host.GetAsync("/api/health", caller: null);

        Assert.DoesNotContain(AzuriteProcess.AccountKey, answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteProcess.AccountName, answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalHostOptions.LocalMailKey, answer.Body, StringComparison.Ordinal);
    }
}
