using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Storage.Documents;

namespace Logistics.Benchmarks.Ledger;

/// <summary>
/// Writes the benchmark's owner: its items, an opening stock for every SKU and lot the day before the month, and
/// movements through the month in the shapes the warehouse posts them (receipt and putaway; allocation, pick, shipment
/// and delivery; adjustments; notices), straight as documents through the store's batch API.
/// </summary>
/// <remarks>
/// Every fifth SKU is lot-controlled with two lots. Quantities are drawn so that stock stays positive, although the
/// reports do not rely on it. The seeder keeps the warehouse stock it expects at the month's end, so the report can be
/// checked against a sum it did not compute.
/// </remarks>
internal sealed class LedgerSeeder(int skus, int movements, int seed)
{
    /// <summary>The owner all items and movements belong to.</summary>
    public const string Owner = "bench";

    /// <summary>Documents per batch: SQLite takes each batch in one transaction.</summary>
    private const int BatchSize = 2000;

    /// <summary>The month the benchmark reports on.</summary>
    public static readonly DateTimeOffset MonthStart = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The end of the month (exclusive).</summary>
    public static readonly DateTimeOffset MonthEnd = MonthStart.AddMonths(1);

    private readonly Random _random = new(seed);
    private readonly List<object> _pending = [];

    /// <summary>Warehouse stock expected at the month's end, summed over every SKU and lot.</summary>
    public long ExpectedClosing { get; private set; }

    /// <summary>Movement documents written (opening stock included).</summary>
    public long Written { get; private set; }

    /// <summary>Seeds the container.</summary>
    public async Task SeedAsync(WarehouseStore store, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var keys = new List<(string Sku, string? Lot)>();
        for (var i = 0; i < skus; i++)
        {
            var sku = $"SKU-{i:D5}";
            await AddAsync(container, new ItemDocument
            {
                Id = ItemDocument.IdOf(sku), OwnerId = Owner, Sku = sku, Description = $"Title {i}, \"edition\" {i % 7}",
                Specification = i % 3 == 0 ? null : "A5, 320 pages", PackUnit = i % 4 == 0 ? UnitOfMeasure.Case : UnitOfMeasure.Each,
                CaseQuantity = i % 4 == 0 ? 12 : 1, LotControlled = i % 5 == 0, UpdatedAt = UtcText.Of(MonthStart.AddDays(-30)),
            }, cancellationToken);
            if (i % 5 == 0)
            {
                keys.Add((sku, "L1"));
                keys.Add((sku, "L2"));
            }
            else
            {
                keys.Add((sku, null));
            }
        }

        var stock = new long[keys.Count];
        var opening = MonthStart.AddDays(-1);
        for (var k = 0; k < keys.Count; k++)
        {
            stock[k] = _random.Next(200, 2000);
            await MoveAsync(container, $"open-{k}", "receipt", keys[k], "A-01-01", StockStatus.OnHand, stock[k], MovementType.Receipt, opening, cancellationToken);
        }

        var monthTicks = (MonthEnd - MonthStart).Ticks;
        for (var step = 0; Written < movements + keys.Count; step++)
        {
            var k = _random.Next(keys.Count);
            var key = keys[k];
            var at = MonthStart.AddTicks(_random.NextInt64(monthTicks));
            var source = $"step-{step}";
            var q = _random.Next(1, 20);
            switch (_random.Next(10))
            {
                case < 3:
                    await MoveAsync(container, source, "receipt", key, "DOCK", StockStatus.OnHand, q, MovementType.Receipt, at, cancellationToken);
                    await MoveAsync(container, source, "from", key, "DOCK", StockStatus.OnHand, -q, MovementType.Putaway, at, cancellationToken);
                    await MoveAsync(container, source, "to", key, "A-01-01", StockStatus.OnHand, q, MovementType.Putaway, at, cancellationToken);
                    stock[k] += q;
                    break;
                case < 7 when stock[k] >= q:
                    await MoveAsync(container, source, "allocate", key, "A-01-01", StockStatus.PendingOut, q, MovementType.Allocation, at, cancellationToken);
                    await MoveAsync(container, source, "pick-from", key, "A-01-01", StockStatus.OnHand, -q, MovementType.Pick, at, cancellationToken);
                    await MoveAsync(container, source, "pick-to", key, "SHIP", StockStatus.Picked, q, MovementType.Pick, at, cancellationToken);
                    await MoveAsync(container, source, "pick-release", key, "A-01-01", StockStatus.PendingOut, -q, MovementType.Pick, at, cancellationToken);
                    await MoveAsync(container, source, "ship-from", key, "SHIP", StockStatus.Picked, -q, MovementType.Shipment, at, cancellationToken);
                    await MoveAsync(container, source, "ship-to", key, "CARRIER", StockStatus.InTransit, q, MovementType.Shipment, at, cancellationToken);
                    await MoveAsync(container, source, "deliver", key, "CARRIER", StockStatus.InTransit, -q, MovementType.Delivery, at, cancellationToken);
                    stock[k] -= q;
                    break;
                case 8 when stock[k] >= 2:
                    await MoveAsync(container, source, "count", key, "A-01-01", StockStatus.OnHand, -1, MovementType.Adjustment, at, cancellationToken);
                    stock[k] -= 1;
                    break;
                default:
                    await MoveAsync(container, source, "notified", key, "DOCK", StockStatus.PendingIn, q, MovementType.Notified, at, cancellationToken);
                    break;
            }
        }

        await FlushAsync(container, cancellationToken);
        ExpectedClosing = stock.Sum();
    }

    private async Task MoveAsync(IDocumentContainer container, string source, string action, (string Sku, string? Lot) key, string location,
        StockStatus status, long delta, MovementType type, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = MovementId.For(source, action);
        Written++;
        await AddAsync(container, new MovementDocument
        {
            Id = MovementDocument.IdOf(id), OwnerId = Owner, MovementId = id.Value, Sku = key.Sku, Lot = key.Lot, Location = location, Status = status,
            Delta = delta, MovementType = type, OccurredAt = UtcText.Of(at), SourceReference = source,
        }, cancellationToken);
    }

    private async Task AddAsync(IDocumentContainer container, object document, CancellationToken cancellationToken)
    {
        _pending.Add(document);
        if (_pending.Count >= BatchSize)
        {
            await FlushAsync(container, cancellationToken);
        }
    }

    private async Task FlushAsync(IDocumentContainer container, CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var batch = container.CreateBatch(Owner);
        foreach (var document in _pending)
        {
            _ = document switch
            {
                MovementDocument movement => batch.Create(movement),
                ItemDocument item => batch.Create(item),
                _ => throw new InvalidOperationException($"Unexpected document {document.GetType().Name}."),
            };
        }

        await batch.ExecuteAsync(cancellationToken);
        _pending.Clear();
    }
}
