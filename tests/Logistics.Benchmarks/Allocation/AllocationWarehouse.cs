using DurableTask.Core;
using Logistics.Application;
using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Outbound;
using Logistics.Application.Outbound.Intake;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;
using Logistics.DurableTask.Hosting;
using Logistics.Edi.Outbound;
using Logistics.Storage;
using Logistics.Storage.Documents;
using Logistics.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Benchmarks.Allocation;

/// <summary>
/// The application layer on a fresh SQLite file in a temp folder, wired as the application tests wire it (embedded
/// store, the warehouse services, the SQLite task hub with a Durable client) but with the production durability and no
/// worker: the intake schedules each order's orchestration, which never runs, so nothing but the benchmark allocates.
/// </summary>
/// <remarks>The store is wrapped in a <see cref="CountingDocumentStore"/>, which every service reads and writes through.</remarks>
internal sealed class AllocationWarehouse : IAsyncDisposable
{
    /// <summary>The owner all the benchmark's items, stock and orders belong to.</summary>
    public const string Owner = "bench";

    private readonly ServiceProvider _provider;
    private readonly string _folder;

    private AllocationWarehouse(ServiceProvider provider, string folder)
    {
        _provider = provider;
        _folder = folder;
    }

    /// <summary>The store's counters.</summary>
    public CountingDocumentStore Store => Get<CountingDocumentStore>();

    /// <summary>The process's own allocation service, with the process's <see cref="AllocationGate"/>.</summary>
    public OrderAllocation Allocation => Get<OrderAllocation>();

    /// <summary>Builds the services on a new temp folder and creates the task hub.</summary>
    public static async Task<AllocationWarehouse> OpenAsync(SqliteSynchronousMode sync)
    {
        var folder = Directory.CreateTempSubdirectory("logistics-allocation-bench-").FullName;
        var services = new ServiceCollection()
            .AddLogging()
            .AddEmbeddedStorage(o =>
            {
                o.DatabasePath = Path.Combine(folder, "logistics.db");
                o.SynchronousMode = sync;
            })
            .AddSingleton(sp => new CountingDocumentStore(sp.GetRequiredService<SqliteStorage>().Documents))
            .AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<CountingDocumentStore>())
            .AddWarehouseApplication()
            .AddSqliteOrchestrationService()
            .AddLocalDurableTask(registry => registry.AddWarehouseTasks(), o => o.DataConverter = new JsonDataConverter(WorkflowJson.Options));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<IOrchestrationService>().CreateIfNotExistsAsync();
        return new AllocationWarehouse(provider, folder);
    }

    /// <summary>
    /// Another allocation service over the same store, poster and catalog with a gate of its own: what a second app
    /// instance on the same store would run. Across such instances only the ETags and the ledger keep units apart.
    /// </summary>
    public OrderAllocation NewInstance() => new(
        Get<WarehouseStore>(), Get<StockPoster>(), Get<ItemCatalog>(), Get<StockCandidateReader>(), new AllocationGate(), new AllocationQueue(), Get<BusinessCalendar>(), Get<TimeProvider>());

    /// <summary>Registers an expiry-controlled item (so allocation plans FEFO by the lots' expiry dates).</summary>
    public Task RegisterItemAsync(string sku) =>
        Get<ItemCatalog>().PutAsync(Owner, sku, new ItemInput($"Benchmark item {sku}", ExpiryControlled: true, LotControlled: true), CancellationToken.None);

    /// <summary>
    /// Books <paramref name="units"/> on hand at a storage location with the lot's expiry, as the application tests seed
    /// stock: an adjustment movement posted through the <see cref="StockPoster"/> and the lot's document in the same batch.
    /// </summary>
    public async Task StockAsync(string sku, string lot, string location, int units, DateOnly expiry)
    {
        var now = Get<TimeProvider>().GetUtcNow();
        var key = new StockKey(OwnerId.Parse(Owner), Sku.Parse(sku), LotNumber.Parse(lot), LocationCode.Parse(location), StockStatus.OnHand);
        var step = $"seed/{Owner}/{sku}/{lot}/{location}";
        var movement = new StockMovement(MovementId.For(step), key, units, MovementType.Adjustment, now, step);
        await Get<StockPoster>().PostAsync(Owner, _ => Task.FromResult((new StockPosting(step, [movement], batch => batch.Upsert(new LotDocument
        {
            Id = LotDocument.IdOf(sku, lot), OwnerId = Owner, Sku = sku, Lot = lot, Expiry = expiry, ReceivedAt = now,
        })), 0)), CancellationToken.None);
    }

    /// <summary>Takes in an original order of one line through the order intake (which also schedules its orchestration).</summary>
    /// <returns>The order id.</returns>
    public async Task<string> PlaceAsync(string number, string sku, int units)
    {
        var orderId = OrderIds.For(OwnerId.Parse(Owner), OrderNumber.Parse(number));
        var today = Get<BusinessCalendar>().Today;
        var draft = new OrderDocument
        {
            Id = OrderDocument.IdOf(orderId),
            OwnerId = Owner,
            OrderId = orderId,
            OrderNumber = number,
            SourceFormat = "json",
            Fingerprint = string.Empty,
            Policy = ShippingPolicy.ShipPartial,
            ShipTo = new ShipToRecord("Buchhandlung Lehmann", ["Hauptstrasse 1"], "Berlin", null, "10115", "DE"),
            ShipBy = today.AddDays(2),
            DeliverBy = today.AddDays(4),
            Lines = [new OrderLineRecord(1, sku, units, null, null, null, units, "EA")],
            AcceptedAt = default,
        };
        var accepted = await Get<OrderIntake>().AcceptAsync(Get<DurableTaskClient>(), draft, OrderAction.Original, CancellationToken.None);
        return accepted.OrderId;
    }

    /// <summary>Every document of one type in the owner's partition.</summary>
    public async Task<List<T>> AllAsync<T>(string type)
    {
        var container = await Get<WarehouseStore>().ContainerAsync(CancellationToken.None);
        return await container.QueryAllAsync<T>(new DocumentQuery(Owner) { PageSize = 1000 }.WhereEquals("/type", type), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }

    private T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();
}
