using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Intake;
using Logistics.Application.Inbound.Putaway;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Storage;
using Logistics.Storage.Blobs.Folder;
using Logistics.Storage.Documents;
using Logistics.Storage.Sqlite;
using Logistics.DurableTask.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Logistics.Application.Tests.Support;

/// <summary>
/// The application layer on a real SQLite store in a temp folder, with a Durable client over the embedded backend
/// but no worker: orchestrations are scheduled and receive events, but never run, so these tests drive every step
/// themselves.
/// </summary>
public sealed class TestWarehouse : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly string _folder;
    private readonly List<IHostedService> _started = [];

    /// <summary>Builds the warehouse; <paramref name="configure"/> may decorate services (for example the Durable client).</summary>
    public TestWarehouse(Action<IServiceCollection>? configure = null)
    {
        _folder = Directory.CreateTempSubdirectory("logistics-app-tests-").FullName;
        Clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddEmbeddedStorage(o =>
            {
                o.DatabasePath = Path.Combine(_folder, "test.db");
                o.SynchronousMode = SqliteSynchronousMode.Normal;
            })
            .AddSingleton(sp => new CosmosLimitsDocumentStore(sp.GetRequiredService<SqliteStorage>().Documents))
            .AddSingleton(sp => new PausingDocumentStore(sp.GetRequiredService<CosmosLimitsDocumentStore>()))
            .AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<PausingDocumentStore>())
            .AddFolderBlobStore(o => o.RootPath = Path.Combine(_folder, "blobs"))
            .AddWarehouseApplication()
            .AddSqliteOrchestrationService()
            .AddLocalDurableTask(registry => registry.AddWarehouseTasks(), o => o.DataConverter = new JsonDataConverter(WorkflowJson.Options));
        configure?.Invoke(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>A warehouse whose orchestrations run: the embedded Durable Task worker is started, on <see cref="Clock"/>.</summary>
    public static async Task<TestWarehouse> StartWithWorkerAsync(Action<IServiceCollection>? configure = null)
    {
        var warehouse = new TestWarehouse(configure);
        await warehouse.StartWorkerAsync();
        return warehouse;
    }

    /// <summary>Starts the embedded Durable Task worker (orchestrations scheduled so far start running).</summary>
    public async Task StartWorkerAsync()
    {
        foreach (var hosted in _provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            _started.Add(hosted);
        }
    }

    public ManualTimeProvider Clock { get; }

    /// <summary>The Durable client the application's commands take (no worker runs the instances).</summary>
    public DurableTaskClient Durable => Get<DurableTaskClient>();

    public ItemCatalog Items => Get<ItemCatalog>();

    public NoticeIntake Intake => Get<NoticeIntake>();

    public Receiving Receiving => Get<Receiving>();

    public OwnerDecisions Decisions => Get<OwnerDecisions>();

    public PutawayService Putaway => Get<PutawayService>();

    public StockPoster Poster => Get<StockPoster>();

    /// <summary>The store wrapper that enforces Cosmos DB's batch limit.</summary>
    public CosmosLimitsDocumentStore Store => Get<CosmosLimitsDocumentStore>();

    /// <summary>The store wrapper that can hold a read, for deterministic races.</summary>
    public PausingDocumentStore Pauses => Get<PausingDocumentStore>();

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
        var sums = movements.GroupBy(m => (m.Sku, m.Lot, m.Location, m.Status, m.Reference)).ToDictionary(g => g.Key, g => g.Sum(m => m.Delta));
        foreach (var balance in balances)
        {
            Assert.True(balance.Quantity >= 0, $"{balance.Id} is negative: {balance.Quantity}");
            Assert.Equal(sums.GetValueOrDefault((balance.Sku, balance.Lot, balance.Location, balance.Status, balance.Reference)), balance.Quantity);
        }

        Assert.Equal(sums.Count, balances.Count);
        Assert.Equal(movements.Count, movements.Select(m => m.MovementId).Distinct().Count());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in Enumerable.Reverse(_started))
        {
            await hosted.StopAsync(CancellationToken.None);
        }

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
