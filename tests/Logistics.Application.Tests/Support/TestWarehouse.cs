using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Intake;
using Logistics.Application.Inbound.Putaway;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Storage;
using Logistics.Storage.Documents;
using Logistics.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Application.Tests.Support;

/// <summary>
/// The application layer on a real SQLite store in a temp folder, without the orchestration worker: orchestrations are
/// scheduled and receive events, but these tests drive every step themselves.
/// </summary>
public sealed class TestWarehouse : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly string _folder;

    public TestWarehouse()
    {
        _folder = Directory.CreateTempSubdirectory("logistics-app-tests-").FullName;
        Clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        _provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddEmbeddedStorage(o =>
            {
                o.DatabasePath = Path.Combine(_folder, "test.db");
                o.SynchronousMode = SqliteSynchronousMode.Normal;
            })
            .AddSingleton<IDocumentStore>(sp => new CosmosLimitsDocumentStore(sp.GetRequiredService<SqliteStorage>().Documents))
            .AddWarehouseApplication()
            .BuildServiceProvider();
    }

    public ManualTimeProvider Clock { get; }

    public ItemCatalog Items => Get<ItemCatalog>();

    public NoticeIntake Intake => Get<NoticeIntake>();

    public Receiving Receiving => Get<Receiving>();

    public OwnerDecisions Decisions => Get<OwnerDecisions>();

    public PutawayService Putaway => Get<PutawayService>();

    public StockPoster Poster => Get<StockPoster>();

    /// <summary>The store wrapper that enforces Cosmos DB's batch limit.</summary>
    public CosmosLimitsDocumentStore Store => (CosmosLimitsDocumentStore)Get<IDocumentStore>();

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Every document of one type in the owner's partition.</summary>
    public async Task<List<T>> AllAsync<T>(string ownerId, string type)
    {
        var container = await Get<WarehouseStore>().ContainerAsync(CancellationToken.None);
        var all = new List<T>();
        string? token = null;
        do
        {
            var page = await container.QueryAsync<T>(new DocumentQuery(ownerId) { PageSize = 1000, ContinuationToken = token }.WhereEquals("/type", type));
            all.AddRange(page.Items.Select(d => d.Value));
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    /// <summary>Asserts invariant 1 for the owner: every balance equals the sum of its movements, and none is negative.</summary>
    public async Task AssertBalancesEqualLedgerAsync(string ownerId)
    {
        var balances = await AllAsync<BalanceDocument>(ownerId, BalanceDocument.Kind);
        var movements = await AllAsync<MovementDocument>(ownerId, MovementDocument.Kind);
        var sums = movements.GroupBy(m => (m.Sku, m.Lot, m.Location, m.Status)).ToDictionary(g => g.Key, g => g.Sum(m => m.Delta));
        foreach (var balance in balances)
        {
            Assert.True(balance.Quantity >= 0, $"{balance.Id} is negative: {balance.Quantity}");
            Assert.Equal(sums.GetValueOrDefault((balance.Sku, balance.Lot, balance.Location, balance.Status)), balance.Quantity);
        }

        Assert.Equal(sums.Count, balances.Count);
        Assert.Equal(movements.Count, movements.Select(m => m.MovementId).Distinct().Count());
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }
}
