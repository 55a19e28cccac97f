using System.Net;
using System.Text.Json;
using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Tests.Documents.Contract;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>
/// Transactional batches with more than one operation. Moq stands in for the SDK's <see cref="Container"/>,
/// <see cref="TransactionalBatch"/> and <see cref="TransactionalBatchResponse"/> because the local Cosmos-compatible
/// server cannot run transactional batches (it answers HTTP 500).
/// </summary>
public sealed class CosmosDocumentBatchTests
{
    private static readonly ContainerDefinition Definition = new("orders", "/pk");

    private readonly Mock<Container> _container = new();
    private readonly Mock<TransactionalBatch> _batch = new();
    private readonly List<string> _added = [];
    private readonly List<string> _streams = [];
    private readonly List<string?> _ifMatches = [];

    public CosmosDocumentBatchTests()
    {
        _container.Setup(c => c.CreateTransactionalBatch(new PartitionKey("p1"))).Returns(_batch.Object);
        _batch.Setup(b => b.CreateItemStream(It.IsAny<Stream>(), It.IsAny<TransactionalBatchItemRequestOptions>()))
            .Callback<Stream, TransactionalBatchItemRequestOptions>((stream, options) => Record("create", stream, options.IfMatchEtag))
            .Returns(_batch.Object);
        _batch.Setup(b => b.ReplaceItemStream(It.IsAny<string>(), It.IsAny<Stream>(), It.IsAny<TransactionalBatchItemRequestOptions>()))
            .Callback<string, Stream, TransactionalBatchItemRequestOptions>((id, stream, options) => Record("replace " + id, stream, options.IfMatchEtag))
            .Returns(_batch.Object);
        _batch.Setup(b => b.UpsertItemStream(It.IsAny<Stream>(), It.IsAny<TransactionalBatchItemRequestOptions>()))
            .Callback<Stream, TransactionalBatchItemRequestOptions>((stream, options) => Record("upsert", stream, options.IfMatchEtag))
            .Returns(_batch.Object);
        _batch.Setup(b => b.DeleteItem(It.IsAny<string>(), It.IsAny<TransactionalBatchItemRequestOptions>()))
            .Callback<string, TransactionalBatchItemRequestOptions>((id, options) => Record("delete " + id, null, options.IfMatchEtag))
            .Returns(_batch.Object);
        _batch.Setup(b => b.PatchItem(It.IsAny<string>(), It.IsAny<IReadOnlyList<Microsoft.Azure.Cosmos.PatchOperation>>(), It.IsAny<TransactionalBatchPatchItemRequestOptions>()))
            .Callback<string, IReadOnlyList<Microsoft.Azure.Cosmos.PatchOperation>, TransactionalBatchPatchItemRequestOptions>(
                (id, operations, options) => Record($"patch {id} x{operations.Count}", null, options.IfMatchEtag))
            .Returns(_batch.Object);
    }

    private CosmosDocumentContainer Container => new(_container.Object, Definition, NullLogger.Instance);

    [Fact]
    public async Task A_committed_batch_returns_one_result_per_document_operation_with_the_etags_cosmos_returned()
    {
        Respond(HttpStatusCode.OK, (HttpStatusCode.Created, "\"e0\""), (HttpStatusCode.OK, "\"e1\""), (HttpStatusCode.Created, "\"e2\""),
            (HttpStatusCode.NoContent, null), (HttpStatusCode.Created, "\"e4\""), (HttpStatusCode.OK, "\"e5\""));

        var results = await Container.CreateBatch("p1")
            .Create(new TestDocument("a", "p1"))
            .Replace(new TestDocument("b", "p1", "changed"), "\"old\"")
            .Upsert(new TestDocument("c", "p1"))
            .Delete("d", "\"d-etag\"")
            .Send(new OutgoingMessage("billing-events", "{\"x\":1}"))
            .Patch("a", [Logistics.Storage.Documents.PatchOperation.Increment("/qty", 1L)])
            .ExecuteAsync();

        Assert.Equal(["a", "b", "c", "d", "a"], results.Select(result => result.Id));
        Assert.Equal(["\"e0\"", "\"e1\"", "\"e2\"", null, "\"e5\""], results.Select(result => result.ETag));
        Assert.Equal(["create", "replace b", "upsert", "delete d", "create", "patch a x1"], _added);
        Assert.Equal([null, "\"old\"", null, "\"d-etag\"", null, null], _ifMatches);
        Assert.Equal("changed", JsonDocument.Parse(_streams[1]).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_sent_message_is_an_outbox_document_in_the_same_partition_and_batch()
    {
        Respond(HttpStatusCode.OK, (HttpStatusCode.Created, "\"e0\""), (HttpStatusCode.Created, "\"e1\""));
        var notBefore = new DateTimeOffset(2026, 11, 22, 8, 30, 0, TimeSpan.FromHours(1));

        var results = await Container.CreateBatch("p1")
            .Create(new TestDocument("a", "p1"))
            .Send(new OutgoingMessage("shipments", "{\"order\":\"a\"}", notBefore))
            .ExecuteAsync();

        Assert.Equal(["a"], results.Select(result => result.Id));
        var outbox = JsonDocument.Parse(_streams[1]).RootElement;
        Assert.StartsWith(CosmosOutboxDocument.IdPrefix, outbox.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("p1", outbox.GetProperty("pk").GetString());
        Assert.True(outbox.GetProperty("_outbox").GetBoolean());
        Assert.Equal("shipments", outbox.GetProperty("destination").GetString());
        Assert.Equal("{\"order\":\"a\"}", outbox.GetProperty("body").GetString());
        Assert.Equal(notBefore, outbox.GetProperty("notBefore").GetDateTimeOffset());
        Assert.Equal(7 * 24 * 60 * 60, outbox.GetProperty("ttl").GetInt32());
        Assert.Equal(new OutgoingMessage("shipments", "{\"order\":\"a\"}", notBefore), CosmosOutboxDocument.ReadMessage(outbox));
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict, typeof(DocumentConflictException))]
    [InlineData(HttpStatusCode.PreconditionFailed, typeof(DocumentPreconditionFailedException))]
    [InlineData(HttpStatusCode.NotFound, typeof(DocumentNotFoundException))]
    [InlineData(HttpStatusCode.BadRequest, typeof(DocumentStoreException))]
    public async Task The_failed_operation_is_the_one_whose_status_is_not_424(HttpStatusCode status, Type expected)
    {
        Respond(status, ((HttpStatusCode)424, null), ((HttpStatusCode)424, null), (status, null), ((HttpStatusCode)424, null));

        var failure = await Assert.ThrowsAsync<DocumentBatchException>(() => Container.CreateBatch("p1")
            .Create(new TestDocument("a", "p1"))
            .Send(new OutgoingMessage("q", "m"))
            .Replace(new TestDocument("b", "p1"), "\"stale\"")
            .Create(new TestDocument("c", "p1"))
            .ExecuteAsync());

        Assert.Equal(2, failure.FailedOperationIndex);
        Assert.IsType(expected, failure.Failure);
        Assert.Contains("'b'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_that_fails_as_a_whole_reports_the_status_and_activity_id()
    {
        Respond(HttpStatusCode.RequestEntityTooLarge, activityId: "activity-42");

        var failure = await Assert.ThrowsAsync<DocumentStoreException>(() => Container.CreateBatch("p1")
            .Create(new TestDocument("a", "p1"))
            .Create(new TestDocument("b", "p1"))
            .ExecuteAsync());

        Assert.IsNotType<DocumentBatchException>(failure);
        Assert.Contains("413", failure.Message, StringComparison.Ordinal);
        Assert.Contains("activity-42", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_101st_operation_is_rejected_before_anything_is_sent()
    {
        var batch = Container.CreateBatch("p1");
        for (var i = 0; i < 99; i++)
            batch.Create(new TestDocument($"d{i}", "p1"));
        batch.Send(new OutgoingMessage("q", "m"));

        var failure = Assert.Throws<ArgumentException>(() => batch.Delete("one-too-many"));

        Assert.Contains("100", failure.Message, StringComparison.Ordinal);
        Assert.Equal(100, batch.Count);
        _container.Verify(c => c.CreateTransactionalBatch(It.IsAny<PartitionKey>()), Times.Never);
    }

    [Fact]
    public async Task Upsert_with_an_etag_is_a_conditional_replace()
    {
        Respond(HttpStatusCode.OK, (HttpStatusCode.OK, "\"e0\""), (HttpStatusCode.OK, "\"e1\""));

        await Container.CreateBatch("p1")
            .Upsert(new TestDocument("a", "p1"), "\"known\"")
            .Upsert(new TestDocument("b", "p1"))
            .ExecuteAsync();

        Assert.Equal(["replace a", "upsert"], _added);
        Assert.Equal(["\"known\"", null], _ifMatches);
    }

    [Fact]
    public async Task An_empty_batch_commits_nothing_without_calling_cosmos()
    {
        var results = await Container.CreateBatch("p1").ExecuteAsync();

        Assert.Empty(results);
        _container.Verify(c => c.CreateTransactionalBatch(It.IsAny<PartitionKey>()), Times.Never);
    }

    private void Record(string operation, Stream? stream, string? ifMatch)
    {
        _added.Add(operation);
        _ifMatches.Add(ifMatch);
        _streams.Add(stream is null ? string.Empty : new StreamReader(stream).ReadToEnd());
    }

    private void Respond(HttpStatusCode status, params (HttpStatusCode Status, string? ETag)[] operations) => Respond(status, null, operations);

    private void Respond(HttpStatusCode status, string? activityId, params (HttpStatusCode Status, string? ETag)[] operations)
    {
        var response = new Mock<TransactionalBatchResponse>();
        response.SetupGet(r => r.StatusCode).Returns(status);
        response.SetupGet(r => r.IsSuccessStatusCode).Returns((int)status is >= 200 and < 300);
        response.SetupGet(r => r.Count).Returns(operations.Length);
        response.SetupGet(r => r.ActivityId).Returns(activityId ?? "activity-1");
        response.SetupGet(r => r.ErrorMessage).Returns(status == HttpStatusCode.OK ? null! : "batch failed");
        for (var i = 0; i < operations.Length; i++)
        {
            var index = i;
            var result = new Mock<TransactionalBatchOperationResult>();
            result.SetupGet(r => r.StatusCode).Returns(operations[i].Status);
            result.SetupGet(r => r.ETag).Returns(operations[i].ETag!);
            response.Setup(r => r[index]).Returns(result.Object);
        }

        _batch.Setup(b => b.ExecuteAsync(It.IsAny<CancellationToken>())).ReturnsAsync(response.Object);
    }
}
