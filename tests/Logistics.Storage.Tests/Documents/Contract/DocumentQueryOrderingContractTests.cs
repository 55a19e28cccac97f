using Logistics.Storage.Documents;

namespace Logistics.Storage.Tests.Documents.Contract;

/// <summary>ORDER BY and cross-partition queries (not served by the Cosmos DB test server, so a separate suite).</summary>
public abstract class DocumentQueryOrderingContractTests : DocumentContractBase
{
    /// <summary>The orders these tests query by, declared on their containers as the port requires.</summary>
    private static readonly IReadOnlyList<IReadOnlyList<QueryOrder>> SortOrders =
    [
        [new QueryOrder("/qty")],
        [new QueryOrder("/qty", Descending: true)],
        [new QueryOrder("/status"), new QueryOrder("/qty", Descending: true)],
        [new QueryOrder("/due")],
    ];

    [Fact]
    public async Task An_order_the_container_does_not_declare_is_refused_and_the_id_alone_needs_none()
    {
        var container = await NewContainerAsync(sortOrders: [[new QueryOrder("/qty")]]);
        await SeedAsync(container, new("b", "p1", Qty: 1), new("a", "p1", Qty: 2));

        var undeclared = await Assert.ThrowsAsync<ArgumentException>(
            () => container.QueryAsync<TestDocument>(new DocumentQuery("p1").OrderByPath("/status")));
        await Assert.ThrowsAsync<ArgumentException>(
            () => container.QueryAsync<TestDocument>(new DocumentQuery("p1").OrderByPath("/qty", descending: true)));
        var byId = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").OrderByPath("/id"));
        var declaredThenId = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").OrderByPath("/qty").OrderByPath("/id"));

        Assert.Contains("/status", undeclared.Message, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], byId.Items.Select(item => item.Id));
        Assert.Equal(["b", "a"], declaredThenId.Items.Select(item => item.Id));
    }

    [Fact]
    public async Task OrderBy_ascending_and_descending_on_a_number()
    {
        var container = await NewContainerAsync(sortOrders: SortOrders);
        await SeedAsync(container, new("a", "p1", Qty: 30), new("b", "p1", Qty: 10), new("c", "p1", Qty: 20));

        var ascending = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").OrderByPath("/qty"));
        var descending = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").OrderByPath("/qty", descending: true));

        Assert.Equal(["b", "c", "a"], ascending.Items.Select(item => item.Id));
        Assert.Equal(["a", "c", "b"], descending.Items.Select(item => item.Id));
    }

    [Fact]
    public async Task OrderBy_several_paths_then_id_breaks_ties()
    {
        var container = await NewContainerAsync(sortOrders: SortOrders);
        await SeedAsync(
            container,
            new("e", "p1", "open", 1),
            new("d", "p1", "closed", 5),
            new("c", "p1", "open", 7),
            new("b", "p1", "open", 7),
            new("a", "p1", "closed", 9));

        var page = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").OrderByPath("/status").OrderByPath("/qty", descending: true));

        Assert.Equal(["a", "d", "b", "c", "e"], page.Items.Select(item => item.Id));
    }

    [Fact]
    public async Task OrderBy_on_a_utc_date()
    {
        var container = await NewContainerAsync(sortOrders: SortOrders);
        var day = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        await SeedAsync(container, new("a", "p1", Due: day.AddHours(5)), new("b", "p1", Due: day.AddHours(1)), new("c", "p1", Due: day.AddDays(-1)));

        var page = await container.QueryAsync<TestDocument>(new DocumentQuery("p1").OrderByPath("/due"));

        Assert.Equal(["c", "b", "a"], page.Items.Select(item => item.Id));
    }

    [Fact]
    public async Task Paging_with_OrderBy_keeps_the_order_across_pages()
    {
        var container = await NewContainerAsync(sortOrders: SortOrders);
        for (var i = 0; i < 17; i++)
            await container.CreateAsync(new TestDocument($"d{i:D2}", "p1", Qty: (i * 7) % 17));

        var all = await ReadAllPagesAsync(container, new DocumentQuery("p1") { PageSize = 4 }.OrderByPath("/qty", descending: true));

        Assert.Equal(Enumerable.Range(0, 17).Reverse(), all.Select(item => item.Value.Qty));
    }

    [Fact]
    public async Task Cross_partition_query_searches_every_partition()
    {
        var container = await NewContainerAsync(sortOrders: SortOrders);
        await SeedAsync(container, new("a", "p1", "open"), new("b", "p2", "open"), new("c", "p3", "closed"), new("a", "p3", "open"));

        var page = await container.QueryAsync<TestDocument>(new DocumentQuery(PartitionKey: null).WhereEquals("/status", "open"));

        Assert.Equal(["a/p1", "a/p3", "b/p2"], page.Items.Select(item => $"{item.Id}/{item.PartitionKey}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Cross_partition_paging_returns_every_document_once()
    {
        var container = await NewContainerAsync(sortOrders: SortOrders);
        var expected = new List<string>();
        for (var i = 0; i < 21; i++)
        {
            await container.CreateAsync(new TestDocument($"d{i % 5}", $"p{i / 5}", Qty: i));
            expected.Add($"d{i % 5}/p{i / 5}");
        }

        var keyset = await ReadAllPagesAsync(container, new DocumentQuery(null) { PageSize = 4 });
        var ordered = await ReadAllPagesAsync(container, new DocumentQuery(null) { PageSize = 6 }.OrderByPath("/qty"));

        Assert.Equal(expected.Order(StringComparer.Ordinal), keyset.Select(item => $"{item.Id}/{item.PartitionKey}").Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(0, 21), ordered.Select(item => item.Value.Qty));
    }
}
