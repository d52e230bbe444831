using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Pipeline;

public sealed class SigningTests
{
    [Fact]
    public void Blob_string_to_sign_matches_the_documented_example()
    {
        // learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key, "Blob, Queue, and File services".
        var request = new HttpPipeline(new HttpClientTransport()).CreateRequest();
        request.Method = RequestMethod.Get;
        request.Uri.Reset(new Uri("https://myaccount.blob.core.windows.net/mycontainer?restype=container&comp=metadata&timeout=20"));
        request.Headers.SetValue("x-ms-version", "2015-02-21");
        request.Headers.SetValue("x-ms-date", "Fri, 26 Jun 2015 23:39:12 GMT");

        var stringToSign = BlobSharedKeyPolicy.StringToSign("myaccount", request);

        Assert.Equal(
            "GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20",
            stringToSign);
    }

    [Fact]
    public void Blob_string_to_sign_includes_body_length_md5_type_and_conditions()
    {
        var request = new HttpPipeline(new HttpClientTransport()).CreateRequest();
        request.Method = RequestMethod.Put;
        request.Uri.Reset(new Uri("http://127.0.0.1:10000/devstoreaccount1/docs/CR-1/evidence/a.pdf"));
        request.Headers.SetValue("Content-Type", "application/pdf");
        request.Headers.SetValue("Content-MD5", "md5==");
        request.Headers.SetValue("If-None-Match", "*");
        request.Headers.SetValue("x-ms-meta-sha256", "ab");
        request.Headers.SetValue("X-MS-Blob-Type", "BlockBlob");
        request.Content = RequestContent.Create(Encoding.UTF8.GetBytes("hello"));

        var lines = BlobSharedKeyPolicy.StringToSign("devstoreaccount1", request).Split('\n');

        Assert.Equal(["PUT", "", "", "5", "md5==", "application/pdf", "", "", "", "*", "", ""], lines[..12]);
        Assert.Equal(["x-ms-blob-type:BlockBlob", "x-ms-meta-sha256:ab", "/devstoreaccount1/devstoreaccount1/docs/CR-1/evidence/a.pdf"], lines[12..]);
    }

    [Theory]
    [InlineData("http://127.0.0.1:10002/devstoreaccount1/Tables", "/devstoreaccount1/devstoreaccount1/Tables")]
    [InlineData("https://acct.table.core.windows.net/Events()?$filter=x&$top=5", "/acct/Events()")]
    [InlineData("https://acct.table.core.windows.net/Events?comp=acl&timeout=3", "/acct/Events?comp=acl")]
    [InlineData("https://acct.table.core.windows.net/Events(PartitionKey='CR-1',RowKey='0000000001')", "/acct/Events(PartitionKey='CR-1',RowKey='0000000001')")]
    public void Table_canonicalized_resource_keeps_the_path_and_only_comp(string uri, string expected)
    {
        var account = expected.Split('/')[1];

        Assert.Equal(expected, TableSharedKeyLitePolicy.CanonicalizedResource(account, new Uri(uri)));
    }
}
