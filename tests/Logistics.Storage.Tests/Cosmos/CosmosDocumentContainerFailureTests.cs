using System.Net;
using System.Text.Json;
using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Documents;
using Logistics.Storage.Tests.Documents.Contract;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>
/// Status mapping and feed edge cases. Moq stands in for the SDK's <see cref="Container"/> and <see cref="FeedIterator"/>
/// because the local Cosmos-compatible server cannot be made to answer 429/500/503, and it serves neither query plans
/// nor a real change feed position (the other tests supply those through a test handler).
/// </summary>
public sealed class CosmosDocumentContainerFailureTests
{
    private static readonly ContainerDefinition Definition = new("orders", "/pk")
    {
        SortOrders = [[new QueryOrder("/qty", Descending: true)], [new QueryOrder("/status")]],
    };
    private readonly Mock<Container> _container = new();

    private CosmosDocumentContainer Container => new(_container.Object, Definition, NullLogger.Instance);

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public async Task Other_statuses_raise_a_store_exception_with_status_and_activity_id(HttpStatusCode status)
    {
        _container.Setup(c => c.CreateItemStreamAsync(It.IsAny<Stream>(), new PartitionKey("p1"), It.IsAny<ItemRequestOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(CosmosResponses.Message(status, activityId: "act-7", error: "Something broke\nlong diagnostics"));

        var failure = await Assert.ThrowsAsync<DocumentStoreException>(() => Container.CreateAsync(new TestDocument("a", "p1")));

        Assert.Equal(typeof(DocumentStoreException), failure.GetType());
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), failure.Message, StringComparison.Ordinal);
        Assert.Contains("act-7", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Something broke", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("long diagnostics", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_the_sdk_throws_instead_of_returning_becomes_a_store_exception()
    {
        _container.Setup(c => c.ReplaceItemStreamAsync(It.IsAny<Stream>(), "a", new PartitionKey("p1"), It.IsAny<ItemRequestOptions>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CosmosException("Request timed out", HttpStatusCode.RequestTimeout, 0, "act-14", 0));

        var failure = await Assert.ThrowsAsync<DocumentStoreException>(() => Container.ReplaceAsync(new TestDocument("a", "p1")));

        Assert.IsType<CosmosException>(failure.InnerException);
        Assert.Contains("408", failure.Message, StringComparison.Ordinal);
        Assert.Contains("act-14", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_that_fails_for_another_reason_than_absence_throws()
    {
        _container.Setup(c => c.ReadItemStreamAsync("a", new PartitionKey("p1"), It.IsAny<ItemRequestOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(CosmosResponses.Message(HttpStatusCode.Forbidden, activityId: "act-8"));

        var failure = await Assert.ThrowsAsync<DocumentStoreException>(() => Container.ReadAsync<TestDocument>("a", "p1"));

        Assert.Contains("403", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_take_the_etag_from_the_header_and_the_timestamp_from_ts()
    {
        _container.Setup(c => c.UpsertItemStreamAsync(It.IsAny<Stream>(), new PartitionKey("p1"), It.IsAny<ItemRequestOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(CosmosResponses.Message(
                HttpStatusCode.OK, "{\"id\":\"a\",\"pk\":\"p1\",\"status\":\"new\",\"qty\":2,\"_etag\":\"\\\"body\\\"\",\"_ts\":1795000000}", etag: "\"header\""));

        var written = await Container.UpsertAsync(new TestDocument("a", "p1", Qty: 2));

        Assert.Equal("\"header\"", written.ETag);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795000000), written.Timestamp);
        Assert.Equal(new TestDocument("a", "p1", Qty: 2), written.Value);
    }

    [Fact]
    public async Task A_cross_partition_query_sends_no_partition_key_and_pages_by_the_page_size()
    {
        QueryDefinition? sent = null;
        QueryRequestOptions? options = null;
        string? continuationSent = null;
        var iterator = Iterator(CosmosResponses.Page(HttpStatusCode.OK, "next-page", "{\"id\":\"a\",\"pk\":\"p1\",\"_etag\":\"\\\"e\\\"\",\"_ts\":1}"));
        _container.Setup(c => c.GetItemQueryStreamIterator(It.IsAny<QueryDefinition>(), It.IsAny<string>(), It.IsAny<QueryRequestOptions>()))
            .Callback<QueryDefinition, string, QueryRequestOptions>((query, token, requestOptions) => (sent, continuationSent, options) = (query, token, requestOptions))
            .Returns(iterator.Object);

        var query = new DocumentQuery(null) { PageSize = 7 }.OrderByPath("/qty", descending: true);
        var page = await Container.QueryAsync<TestDocument>(query with { ContinuationToken = QueryContinuationSeal.Seal(Definition, query, "previous") });

        Assert.Null(options!.PartitionKey);
        Assert.Equal(7, options.MaxItemCount);
        Assert.Equal("previous", continuationSent);
        Assert.Equal("SELECT * FROM c WHERE NOT IS_DEFINED(c._outbox) ORDER BY c[\"qty\"] DESC, c[\"id\"] ASC", sent!.QueryText);
        Assert.Equal(["a"], page.Items.Select(item => item.Id));
        Assert.Equal("\"e\"", page.Items[0].ETag);
        Assert.Equal("next-page", QueryContinuationSeal.Open(Definition, query, page.ContinuationToken!));
    }

    [Fact]
    public async Task A_single_partition_query_is_scoped_to_its_partition_with_parameters()
    {
        QueryDefinition? sent = null;
        QueryRequestOptions? options = null;
        _container.Setup(c => c.GetItemQueryStreamIterator(It.IsAny<QueryDefinition>(), It.IsAny<string>(), It.IsAny<QueryRequestOptions>()))
            .Callback<QueryDefinition, string, QueryRequestOptions>((query, _, requestOptions) => (sent, options) = (query, requestOptions))
            .Returns(Iterator(CosmosResponses.Page(HttpStatusCode.OK, null)).Object);

        var page = await Container.QueryAsync<TestDocument>(new DocumentQuery("p1").WhereEquals("/status", "open"));

        Assert.Equal(new PartitionKey("p1"), options!.PartitionKey);
        Assert.True(options.EnableOptimisticDirectExecution);
        Assert.Equal(
            [("@pk", (object)"p1"), ("@p0", "open")],
            sent!.GetQueryParameters().Select(parameter => (parameter.Name, parameter.Value)));
        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task An_empty_cross_partition_page_with_more_to_come_is_read_past()
    {
        var iterator = Iterator(
            CosmosResponses.Page(HttpStatusCode.OK, "after-empty"),
            CosmosResponses.Page(HttpStatusCode.OK, "after-b", "{\"id\":\"b\",\"pk\":\"p2\",\"_ts\":1}"));
        _container.Setup(c => c.GetItemQueryStreamIterator(It.IsAny<QueryDefinition>(), It.IsAny<string>(), It.IsAny<QueryRequestOptions>()))
            .Returns(iterator.Object);

        var page = await Container.QueryAsync<TestDocument>(new DocumentQuery(null));

        Assert.Equal(["b"], page.Items.Select(item => item.Id));
        Assert.Equal("after-b", QueryContinuationSeal.Open(Definition, new DocumentQuery(null), page.ContinuationToken!));
    }

    [Fact]
    public async Task A_failed_query_page_raises_a_store_exception()
    {
        _container.Setup(c => c.GetItemQueryStreamIterator(It.IsAny<QueryDefinition>(), It.IsAny<string>(), It.IsAny<QueryRequestOptions>()))
            .Returns(Iterator(CosmosResponses.Message(HttpStatusCode.BadRequest, activityId: "act-9", error: "The order by query does not have a corresponding composite index")).Object);

        var failure = await Assert.ThrowsAsync<DocumentStoreException>(() => Container.QueryAsync<TestDocument>(new DocumentQuery("p1").OrderByPath("/status")));

        Assert.Contains("composite index", failure.Message, StringComparison.Ordinal);
        Assert.Contains("act-9", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_the_sdk_throws_on_becomes_a_store_exception()
    {
        var iterator = new Mock<FeedIterator>();
        iterator.SetupGet(i => i.HasMoreResults).Returns(true);
        iterator.Setup(i => i.ReadNextAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CosmosException("gone", HttpStatusCode.Gone, 0, "act-10", 0));
        _container.Setup(c => c.GetItemQueryStreamIterator(It.IsAny<QueryDefinition>(), It.IsAny<string>(), It.IsAny<QueryRequestOptions>()))
            .Returns(iterator.Object);

        var failure = await Assert.ThrowsAsync<DocumentStoreException>(() => Container.QueryAsync<TestDocument>(new DocumentQuery(null)));

        Assert.IsType<CosmosException>(failure.InnerException);
        Assert.Contains("410", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resumed_position_the_service_refuses_with_400_is_an_invalid_token_not_a_store_failure()
    {
        _container.Setup(c => c.GetItemQueryStreamIterator(It.IsAny<QueryDefinition>(), It.IsAny<string>(), It.IsAny<QueryRequestOptions>()))
            .Returns(Iterator(CosmosResponses.Message(HttpStatusCode.BadRequest, activityId: "act-12", error: "Invalid continuation token")).Object);
        var query = new DocumentQuery("p1");

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(
            () => Container.QueryAsync<TestDocument>(query with { ContinuationToken = QueryContinuationSeal.Seal(Definition, query, "{\"broken\":") }));
    }

    [Fact]
    public async Task A_resumed_position_the_sdk_cannot_parse_is_an_invalid_token_but_a_service_outage_stays_a_store_failure()
    {
        var query = new DocumentQuery("p1");
        var token = QueryContinuationSeal.Seal(Definition, query, "[[");
        var unparsable = new Mock<FeedIterator>();
        unparsable.SetupGet(i => i.HasMoreResults).Returns(true);
        unparsable.Setup(i => i.ReadNextAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new FormatException("not a continuation"));
        var outage = new Mock<FeedIterator>();
        outage.SetupGet(i => i.HasMoreResults).Returns(true);
        outage.Setup(i => i.ReadNextAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new CosmosException("down", HttpStatusCode.ServiceUnavailable, 0, "act-13", 0));
        _container.SetupSequence(c => c.GetItemQueryStreamIterator(It.IsAny<QueryDefinition>(), It.IsAny<string>(), It.IsAny<QueryRequestOptions>()))
            .Returns(unparsable.Object)
            .Returns(outage.Object);

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => Container.QueryAsync<TestDocument>(query with { ContinuationToken = token }));
        var failure = await Assert.ThrowsAsync<DocumentStoreException>(() => Container.QueryAsync<TestDocument>(query with { ContinuationToken = token }));
        Assert.Contains("503", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_that_was_not_sealed_for_the_query_never_reaches_the_sdk()
    {
        var query = new DocumentQuery("p1");

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => Container.QueryAsync<TestDocument>(query with { ContinuationToken = "{\"token\":\"raw-sdk-token\"}" }));

        _container.Verify(c => c.GetItemQueryStreamIterator(It.IsAny<QueryDefinition>(), It.IsAny<string>(), It.IsAny<QueryRequestOptions>()), Times.Never);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task Page_sizes_outside_1_to_1000_are_rejected(int pageSize)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Container.QueryAsync<TestDocument>(new DocumentQuery("p1") { PageSize = pageSize }));
    }

    [Fact]
    public async Task Not_modified_is_an_empty_change_page_at_the_feed_s_position()
    {
        _container.Setup(c => c.GetChangeFeedStreamIterator(It.IsAny<ChangeFeedStartFrom>(), ChangeFeedMode.LatestVersion, It.IsAny<ChangeFeedRequestOptions>()))
            .Returns(Iterator(CosmosResponses.Message(HttpStatusCode.NotModified, continuation: "position-2")).Object);

        var page = await Container.ReadChangesAsync("position-1", 10);

        Assert.Empty(page.Changes);
        Assert.Equal("position-2", page.Continuation);
    }

    [Fact]
    public async Task Not_modified_without_a_token_keeps_the_given_position()
    {
        _container.Setup(c => c.GetChangeFeedStreamIterator(It.IsAny<ChangeFeedStartFrom>(), ChangeFeedMode.LatestVersion, It.IsAny<ChangeFeedRequestOptions>()))
            .Returns(Iterator(CosmosResponses.Message(HttpStatusCode.NotModified)).Object);

        var page = await Container.ReadChangesAsync("position-1", 10);

        Assert.Equal("position-1", page.Continuation);
    }

    [Fact]
    public async Task A_change_page_asks_for_max_items_and_leaves_outbox_documents_out()
    {
        ChangeFeedRequestOptions? options = null;
        _container.Setup(c => c.GetChangeFeedStreamIterator(It.IsAny<ChangeFeedStartFrom>(), ChangeFeedMode.LatestVersion, It.IsAny<ChangeFeedRequestOptions>()))
            .Callback<ChangeFeedStartFrom, ChangeFeedMode, ChangeFeedRequestOptions>((_, _, requestOptions) => options = requestOptions)
            .Returns(Iterator(CosmosResponses.Page(
                HttpStatusCode.OK,
                "position-3",
                "{\"id\":\"a\",\"pk\":\"p1\",\"_ts\":5,\"_etag\":\"\\\"ea\\\"\"}",
                "{\"id\":\"outbox~1\",\"pk\":\"p1\",\"_outbox\":true,\"destination\":\"q\",\"body\":\"m\",\"_ts\":6}")).Object);

        var page = await Container.ReadChangesAsync(null, 25);

        Assert.Equal(25, options!.PageSizeHint);
        var change = Assert.Single(page.Changes);
        Assert.Equal(("a", "p1", "\"ea\""), (change.Id, change.PartitionKey, change.ETag));
        Assert.Equal(JsonValueKind.Object, change.Value.ValueKind);
        Assert.Equal("position-3", page.Continuation);
    }

    [Fact]
    public async Task A_failed_change_feed_read_raises_a_store_exception()
    {
        _container.Setup(c => c.GetChangeFeedStreamIterator(It.IsAny<ChangeFeedStartFrom>(), ChangeFeedMode.LatestVersion, It.IsAny<ChangeFeedRequestOptions>()))
            .Returns(Iterator(CosmosResponses.Message(HttpStatusCode.InternalServerError, activityId: "act-11")).Object);

        var failure = await Assert.ThrowsAsync<DocumentStoreException>(() => Container.ReadChangesAsync(null, 10));

        Assert.Contains("500", failure.Message, StringComparison.Ordinal);
    }

    private static Mock<FeedIterator> Iterator(params ResponseMessage[] pages)
    {
        var iterator = new Mock<FeedIterator>();
        var next = 0;
        iterator.SetupGet(i => i.HasMoreResults).Returns(() => next < pages.Length);
        iterator.Setup(i => i.ReadNextAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() => pages[next++]);
        return iterator;
    }
}
