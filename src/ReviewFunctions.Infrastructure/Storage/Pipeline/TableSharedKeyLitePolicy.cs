using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ReviewFunctions.Infrastructure.Storage;

/// <summary>
/// Signs Table requests with SharedKeyLite, as the official Azure.Data.Tables client does:
/// <c>x-ms-date \n /{account}{path}[?comp=…]</c>. Runs per try so the date is fresh on every retry.
/// </summary>
internal sealed class TableSharedKeyLitePolicy(string accountName, byte[] accountKey, TimeProvider time) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var date = time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        message.Request.Headers.SetValue("x-ms-date", date);

        var stringToSign = date + "\n" + CanonicalizedResource(accountName, message.Request.Uri.ToUri());
        var signature = SharedKeySigner.Sign(accountKey, stringToSign);
        message.Request.Headers.SetValue("Authorization", $"SharedKeyLite {accountName}:{signature}");
    }

    internal static string CanonicalizedResource(string accountName, Uri uri)
    {
        // The path stays encoded exactly as sent; for path-style (Azurite) URLs the account appears twice.
        var resource = "/" + accountName + (uri.AbsolutePath.Length > 0 ? uri.AbsolutePath : "/");
        var comp = QueryParameters.Parse(uri.Query).FirstOrDefault(p => p.Name.Equals("comp", StringComparison.OrdinalIgnoreCase));
        return comp.Name is null ? resource : resource + "?comp=" + comp.Value;
    }
}
