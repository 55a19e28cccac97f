using Logistics.Storage.Documents;

namespace Logistics.Storage.Tests.Documents.Contract;

/// <summary>What every contract suite needs: the store under test and fresh, uniquely named containers.</summary>
public abstract class DocumentContractBase
{
    /// <summary>The adapter under test.</summary>
    protected abstract IDocumentStore Store { get; }

    /// <summary>Creates a container no other test uses, declaring <paramref name="sortOrders"/>.</summary>
    protected async Task<IDocumentContainer> NewContainerAsync(
        string partitionKeyPath = "/pk",
        int? ttl = null,
        IReadOnlyList<IReadOnlyList<QueryOrder>>? sortOrders = null)
    {
        var name = "c" + Guid.NewGuid().ToString("N");
        await Store.EnsureContainerAsync(new ContainerDefinition(name, partitionKeyPath, ttl) { SortOrders = sortOrders ?? [] });
        return Store.GetContainer(name);
    }

    /// <summary>Writes <paramref name="documents"/> one by one.</summary>
    protected static async Task SeedAsync(IDocumentContainer container, params TestDocument[] documents)
    {
        foreach (var document in documents)
            await container.CreateAsync(document);
    }

    /// <summary>Reads every page of <paramref name="query"/>, following continuations.</summary>
    protected static async Task<List<Document<TestDocument>>> ReadAllPagesAsync(IDocumentContainer container, DocumentQuery query)
    {
        var all = new List<Document<TestDocument>>();
        var current = query;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await container.QueryAsync<TestDocument>(current);
            Assert.True(page.Items.Count <= query.PageSize);
            all.AddRange(page.Items);
            if (page.ContinuationToken is null)
                return all;
            current = current with { ContinuationToken = page.ContinuationToken };
        }

        throw new InvalidOperationException("Paging did not end.");
    }

    /// <summary>The ids of <paramref name="documents"/> as a sorted list, for order-free comparisons.</summary>
    protected static List<string> SortedIds(IEnumerable<Document<TestDocument>> documents) =>
        documents.Select(document => document.Id).Order(StringComparer.Ordinal).ToList();
}
