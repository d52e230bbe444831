using System.Text.Json;
using Azure.Core;

namespace ReviewFunctions.Infrastructure.CaseFiles;

/// <summary>
/// Stops a folder inheriting the library's permissions, through SharePoint REST: Graph v1.0 has no call that does
/// this on its own (see docs/CASEFILES.md). Role assignments are not copied, so afterwards nobody but the app holds a
/// grant on the folder, and any unique grants on items inside are cleared so they follow the folder.
/// </summary>
internal sealed class SharePointInheritance(HttpClient http, TokenCredential credential)
{
    public async Task BreakAsync(Uri siteUrl, Guid listId, int listItemId, CancellationToken ct)
    {
        var url = new Uri($"{siteUrl.AbsoluteUri.TrimEnd('/')}/_api/web/lists(guid'{listId:D}')/items({listItemId})/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)");

        // SharePoint REST wants a token for the SharePoint host itself, not for Graph.
        var token = await credential.GetTokenAsync(new TokenRequestContext([$"{siteUrl.Scheme}://{siteUrl.Authority}/.default"]), ct).ConfigureAwait(false);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent([]) };
        request.Headers.Authorization = new("Bearer", token.Token);
        request.Headers.Accept.ParseAdd("application/json;odata=nometadata");

        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            throw new CaseFileServiceException("Stopping the case-file folder inheriting the library's permissions (SharePoint REST)", (int)response.StatusCode, ErrorCode(body));
        }
    }

    /// <summary>SharePoint's <c>{"odata.error":{"code":"-2147024891, System.UnauthorizedAccessException",…}}</c>.</summary>
    private static string? ErrorCode(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("odata.error", out var error) && error.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
