using System.Text;
using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Tables;

public sealed class TableBatchTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:10002/devstoreaccount1");

    [Fact]
    public void A_batch_refuses_a_second_partition_key()
    {
        // Azure rejects mixed partitions but Azurite accepts them (Azurite#1215), so the guard must be ours.
        var batch = new TableBatch("ReviewEvents", "CR-2027-0001");
        batch.AddInsert(new TableEntity("CR-2027-0001", "0000000001"));

        var error = Assert.Throws<InvalidOperationException>(() => batch.AddInsert(new TableEntity("CR-2027-0002", "0000000002")));

        Assert.Contains("single partition key", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, batch.Count);
    }

    [Fact]
    public void A_batch_refuses_a_101st_operation()
    {
        var batch = new TableBatch("ReviewEvents", "CR-2027-0001");
        for (var i = 1; i <= 100; i++)
        {
            batch.AddInsert(new TableEntity("CR-2027-0001", i.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var error = Assert.Throws<InvalidOperationException>(() => batch.AddInsert(new TableEntity("CR-2027-0001", "0000000101")));

        Assert.Contains("at most 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_refuses_to_touch_one_entity_twice()
    {
        var batch = new TableBatch("ReviewEvents", "CR-2027-0001");
        batch.AddInsert(new TableEntity("CR-2027-0001", "0000000001"));

        Assert.Throws<InvalidOperationException>(() => batch.AddInsert(new TableEntity("CR-2027-0001", "0000000001")));
    }

    [Fact]
    public void The_body_is_one_changeset_of_inserts_with_crlf_lines()
    {
        var batch = new TableBatch("ReviewEvents", "CR-2027-0001");
        batch.AddInsert(new TableEntity("CR-2027-0001", "0000000001").Set("Type", "ReferralReceived"));
        batch.AddInsert(new TableEntity("CR-2027-0001", "0000000002").Set("Type", "ReviewOpened"));

        var (body, contentType) = batch.Build(Endpoint);
        var text = Encoding.UTF8.GetString(body);
        var batchBoundary = contentType["multipart/mixed; boundary=".Length..];

        Assert.StartsWith("batch_", batchBoundary, StringComparison.Ordinal);
        Assert.StartsWith($"--{batchBoundary}\r\nContent-Type: multipart/mixed; boundary=changeset_", text, StringComparison.Ordinal);
        Assert.EndsWith($"--{batchBoundary}--\r\n", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("POST http://127.0.0.1:10002/devstoreaccount1/ReviewEvents HTTP/1.1\r\n").Length - 1);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_changeset_reports_status_code_and_failing_index()
    {
        // The shape Azure documents for a failed entity group transaction: 202 outside, the failure inside.
        var response = """
            --batchresponse_e69b1c6c-61ff-4b6a-b8f6-2bd7b8a48d5b
            Content-Type: multipart/mixed; boundary=changesetresponse_3a5b8f1f-1b0e-4d62-8b21-5d3c0a4e8a0e

            --changesetresponse_3a5b8f1f-1b0e-4d62-8b21-5d3c0a4e8a0e
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            HTTP/1.1 409 Conflict
            X-Content-Type-Options: nosniff
            Content-Type: application/json;odata=minimalmetadata;streaming=true;charset=utf-8

            {"odata.error":{"code":"EntityAlreadyExists","message":{"lang":"en-US","value":"1:The specified entity already exists.\nRequestId:5d8e\nTime:2027-01-01T00:00:00Z"}}}
            --changesetresponse_3a5b8f1f-1b0e-4d62-8b21-5d3c0a4e8a0e--
            --batchresponse_e69b1c6c-61ff-4b6a-b8f6-2bd7b8a48d5b--
            """.ReplaceLineEndings("\r\n");

        var outcome = TableBatchOutcome.Parse(response);

        Assert.False(outcome.Succeeded);
        Assert.Equal(409, outcome.Status);
        Assert.Equal("EntityAlreadyExists", outcome.ErrorCode);
        Assert.Equal(1, outcome.FailedIndex);
    }

    [Fact]
    public void A_successful_changeset_is_all_2xx()
    {
        var response = "--b\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n--c\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n\r\n--c\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n\r\n--c--\r\n--b--\r\n";

        Assert.True(TableBatchOutcome.Parse(response).Succeeded);
    }
}
