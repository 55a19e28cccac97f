using Logistics.Storage.Documents;

namespace Logistics.Storage.Tests.Documents.Contract;

/// <summary>
/// Continuation tokens: opaque, bound to the query that issued it, refused alike by every adapter with
/// <see cref="InvalidContinuationTokenException"/> when garbage, truncated, altered or replayed against another query.
/// </summary>
public abstract class DocumentContinuationContractTests : DocumentContractBase
{
    private static readonly IReadOnlyList<IReadOnlyList<QueryOrder>> SortOrders = [[new QueryOrder("/qty")], [new QueryOrder("/qty", Descending: true)]];

    public enum Corruption
    {
        Garbage,
        Base64Garbage,
        Truncated,
        LastCharacterDropped,
        FlippedCharacter,
        Appended,
        Empty,
        Huge,
    }

    public static TheoryData<Corruption, bool> Corruptions()
    {
        var data = new TheoryData<Corruption, bool>();
        foreach (var corruption in Enum.GetValues<Corruption>())
        {
            data.Add(corruption, false);
            data.Add(corruption, true);
        }

        return data;
    }

    [Fact]
    public async Task A_token_resumes_its_query_even_when_the_page_size_changes()
    {
        var container = await SeededContainerAsync();
        foreach (var query in new[] { new DocumentQuery("p1"), new DocumentQuery("p1").OrderByPath("/qty") })
        {
            var first = await container.QueryAsync<TestDocument>(query with { PageSize = 3 });
            var rest = await ReadAllPagesAsync(container, query with { PageSize = 4, ContinuationToken = first.ContinuationToken });

            Assert.Equal(Enumerable.Range(0, 10).Select(i => $"d{i}"), SortedIds([.. first.Items, .. rest]));
        }
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task A_corrupted_token_is_refused_as_invalid(Corruption corruption, bool ordered)
    {
        var container = await SeededContainerAsync();
        var query = ordered ? new DocumentQuery("p1") { PageSize = 3 }.OrderByPath("/qty") : new DocumentQuery("p1") { PageSize = 3 };
        var token = (await container.QueryAsync<TestDocument>(query)).ContinuationToken!;

        var corrupted = Corrupt(token, corruption);

        Assert.NotEqual(token, corrupted);
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => container.QueryAsync<TestDocument>(query with { ContinuationToken = corrupted }));
    }

    [Fact]
    public async Task A_token_is_refused_by_another_partition_filter_order_or_container()
    {
        var container = await SeededContainerAsync();
        var other = await SeededContainerAsync();
        var keyset = new DocumentQuery("p1") { PageSize = 3 }.WhereEquals("/status", "new");
        var ordered = new DocumentQuery("p1") { PageSize = 3 }.OrderByPath("/qty");
        var keysetToken = (await container.QueryAsync<TestDocument>(keyset)).ContinuationToken;
        var orderedToken = (await container.QueryAsync<TestDocument>(ordered)).ContinuationToken;

        DocumentQuery[] replays =
        [
            keyset with { PartitionKey = "p2", ContinuationToken = keysetToken },
            keyset with { PartitionKey = null, ContinuationToken = keysetToken },
            new DocumentQuery("p1") { ContinuationToken = keysetToken }.WhereEquals("/status", "held"),
            new DocumentQuery("p1") { ContinuationToken = keysetToken },
            ordered with { ContinuationToken = keysetToken },
            keyset with { ContinuationToken = orderedToken },
            new DocumentQuery("p1") { ContinuationToken = orderedToken }.OrderByPath("/qty", descending: true),
            ordered with { PartitionKey = "p2", ContinuationToken = orderedToken },
        ];
        foreach (var replay in replays)
            await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => container.QueryAsync<TestDocument>(replay));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => other.QueryAsync<TestDocument>(keyset with { ContinuationToken = keysetToken }));
        Assert.Equal(3, (await container.QueryAsync<TestDocument>(keyset with { ContinuationToken = keysetToken })).Items.Count);
    }

    [Fact]
    public async Task A_cross_partition_token_resumes_only_the_cross_partition_query()
    {
        var container = await SeededContainerAsync();
        var query = new DocumentQuery(null) { PageSize = 4 };
        var first = await container.QueryAsync<TestDocument>(query);

        var rest = await ReadAllPagesAsync(container, query with { ContinuationToken = first.ContinuationToken });

        Assert.Equal(12, first.Items.Count + rest.Count);
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => container.QueryAsync<TestDocument>(query with { PartitionKey = "p1", ContinuationToken = first.ContinuationToken }));
    }

    private static string Corrupt(string token, Corruption corruption) => corruption switch
    {
        Corruption.Garbage => "not a token!",
        Corruption.Base64Garbage => "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA",
        Corruption.Truncated => token[..(token.Length / 2)],
        Corruption.LastCharacterDropped => token[..^1],
        Corruption.FlippedCharacter => token[..(token.Length / 2)] + (token[token.Length / 2] == 'A' ? 'B' : 'A') + token[(token.Length / 2 + 1)..],
        Corruption.Appended => token + "AAAA",
        Corruption.Empty => string.Empty,
        Corruption.Huge => new string('A', QueryContinuationSeal.MaxTokenLength + 1),
        _ => throw new ArgumentOutOfRangeException(nameof(corruption)),
    };

    /// <summary>Ten documents in p1 (qty 9 down to 0) and two in p2.</summary>
    private async Task<IDocumentContainer> SeededContainerAsync()
    {
        var container = await NewContainerAsync(sortOrders: SortOrders);
        for (var i = 0; i < 10; i++)
            await container.CreateAsync(new TestDocument($"d{i}", "p1", Qty: 9 - i));
        await SeedAsync(container, new("x", "p2"), new("y", "p2"));
        return container;
    }
}
