using System.Globalization;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Reports;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Storage.Documents;

namespace Logistics.Application.Billing;

/// <summary>
/// Takes the daily storage snapshots billing charges storage from: the stock of each ended warehouse day, from the ledger
/// at the instant the day ended, written with its <see cref="EventTypes.StorageSnapshotTaken"/> event in one batch.
/// </summary>
public sealed class StorageSnapshots(WarehouseStore store, InventoryQueries inventory, BusinessCalendar calendar, TimeProvider time)
{
    /// <summary>The most days one run catches up after an outage: a month's storage, never the owner's whole history.</summary>
    public const int MaxCatchUpDays = 31;

    /// <summary>
    /// Takes the owner's snapshots not yet taken: yesterday's on a first run (no history backfill), else every day after
    /// the last snapshot up to yesterday (at most <see cref="MaxCatchUpDays"/>). Taking a day twice writes nothing.
    /// </summary>
    /// <returns>The snapshots this call wrote.</returns>
    public async Task<IReadOnlyList<StorageSnapshotDocument>> TakeDueAsync(string ownerId, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var yesterday = calendar.Today.AddDays(-1);

        // Back from yesterday to the last day taken, point reads only; none within the window means a first run (or an
        // outage longer than it), and then only yesterday is taken.
        var first = yesterday;
        for (var day = yesterday; day > yesterday.AddDays(-MaxCatchUpDays); day = day.AddDays(-1))
        {
            if (await container.ReadAsync<StorageSnapshotDocument>(StorageSnapshotDocument.IdOf(day), ownerId, cancellationToken) is not null)
            {
                first = day.AddDays(1);
                break;
            }
        }

        var taken = new List<StorageSnapshotDocument>();
        for (var day = first; day <= yesterday; day = day.AddDays(1))
        {
            if (await TakeAsync(ownerId, day, cancellationToken) is { } snapshot)
            {
                taken.Add(snapshot);
            }
        }

        return taken;
    }

    /// <summary>Takes the snapshot of <paramref name="date"/> (an ended day); null when it was taken before.</summary>
    public async Task<StorageSnapshotDocument?> TakeAsync(string ownerId, DateOnly date, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var id = StorageSnapshotDocument.IdOf(date);
        if (await container.ReadAsync<StorageSnapshotDocument>(id, ownerId, cancellationToken) is not null)
        {
            return null;
        }

        var asOf = calendar.StartOfDay(date.AddDays(1));
        var balances = (await inventory.BalancesAsync(ownerId, new InventoryFilter(), asOf, cancellationToken))
            .Where(b => b.Quantity > 0 && WarehouseStock.Includes(Enum.Parse<StockStatus>(b.Status)))
            .ToList();
        long humidity = 0, magnetic = 0;
        foreach (var sku in balances.GroupBy(b => b.Sku, StringComparer.Ordinal))
        {
            var item = await container.ReadAsync<ItemDocument>(ItemDocument.IdOf(sku.Key), ownerId, cancellationToken);
            var flags = item?.Value.Handling ?? HandlingFlags.None;
            humidity += flags.HasFlag(HandlingFlags.HumidityControlled) ? sku.Sum(b => b.Quantity) : 0;
            magnetic += flags.HasFlag(HandlingFlags.MagneticMedia) ? sku.Sum(b => b.Quantity) : 0;
        }

        var now = time.GetUtcNow();
        var snapshot = new StorageSnapshotDocument
        {
            Id = id,
            OwnerId = ownerId,
            Date = date,
            AsOf = asOf,
            Units = balances.Sum(b => b.Quantity),
            Locations = balances.Select(b => b.Location).Distinct(StringComparer.Ordinal).Count(),
            HumidityUnits = humidity,
            MagneticUnits = magnetic,
            TakenAt = now,
        };
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var taken = new WarehouseEvent($"{ownerId}/storage/{day}", EventTypes.StorageSnapshotTaken, ownerId, id, now,
            new { date = day, units = snapshot.Units, locations = snapshot.Locations, humidityUnits = humidity, magneticUnits = magnetic });
        try
        {
            await container.CreateBatch(ownerId).Create(snapshot).Send(taken.ToMessage()).ExecuteAsync(cancellationToken);
            return snapshot;
        }
        catch (DocumentBatchException exception) when (exception.Failure is DocumentConflictException)
        {
            // Another run took the day first; its event is the one that counts.
            return null;
        }
    }
}
