using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;

namespace Logistics.Domain.ValueAdded;

/// <summary>The ledger movements of a value-added job, from the reservation of its inputs to its outputs in storage.</summary>
/// <remarks>
/// <para>
/// Stock flows: inputs are reserved where they are stored, as pending out at the storage location (the same balance
/// outbound orders reserve, so a job and an order can never take one unit twice; see <see cref="OutboundMovements.Allocate"/>).
/// A pick moves the units from storage on hand to <see cref="StockStatus.PendingProcessing"/> in the processing area,
/// held for the job, and lowers the reservation by as much. Completion consumes the pending-processing inputs and
/// produces the outputs on hand in the processing area, from where they go to the storage location the floor scanned.
/// A cancellation gives back what is still reserved and takes what was picked back to the location it came from.
/// </para>
/// <para>
/// Ids derive from the job's source reference (<c>valueadded/{owner}/{job}</c>), the step and the item, lot and location,
/// so a repeated step posts nothing twice.
/// </para>
/// </remarks>
public static class ValueAddedMovements
{
    /// <summary>The source reference of a job's movements.</summary>
    public static string SourceOf(OwnerId owner, JobNumber job)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(job);
        return $"valueadded/{owner.Value}/{job.Value}";
    }

    /// <summary>Reserves one input's units at its storage location.</summary>
    public static StockMovement Reserve(string source, string step, OwnerId owner, Sku sku, Reservation reservation, DateTimeOffset at) =>
        OutboundMovements.Allocate(source, step + "~" + Part(sku), owner, sku, reservation, at);

    /// <summary>Gives back <paramref name="units"/> of an input still reserved at its storage location.</summary>
    public static StockMovement Release(string source, string step, OwnerId owner, Sku sku, LotNumber? lot, LocationCode location, int units, DateTimeOffset at) =>
        OutboundMovements.Release(source, step + "~" + Part(sku), owner, sku, lot, location, units, at);

    /// <summary>
    /// Takes <paramref name="units"/> of an input from storage to the processing area: on hand at the location falls, the
    /// job's pending processing rises, and the reservation they fill is released.
    /// </summary>
    public static IReadOnlyList<StockMovement> Pick(
        string source, string step, OwnerId owner, Sku sku, LotNumber? lot, LocationCode from, LocationCode processing, string jobId, int units, DateTimeOffset at)
    {
        var onHand = new StockKey(owner, sku, lot, from, StockStatus.OnHand);
        var quantity = Quantity.Of(units);
        var leaf = step + "~" + Part(sku, lot, from);
        return
        [
            .. StockMovement.Transfer(source, leaf, onHand, Pending(owner, sku, lot, processing, jobId), quantity, MovementType.Processing, at),
            new StockMovement(MovementId.For(source, leaf, "reserved"), onHand with { Status = StockStatus.PendingOut }, -quantity.Units, MovementType.Processing, at, source),
        ];
    }

    /// <summary>Consumes picked inputs: the job's pending processing falls by <paramref name="units"/>.</summary>
    public static StockMovement Consume(string source, string step, OwnerId owner, Sku sku, LotNumber? lot, LocationCode processing, string jobId, int units, DateTimeOffset at) =>
        new(MovementId.For(source, step, "in~" + Part(sku, lot)), Pending(owner, sku, lot, processing, jobId), -Quantity.Of(units).Units, MovementType.Processing, at, source);

    /// <summary>
    /// Produces <paramref name="units"/> of an output on hand in the processing area and puts them away to
    /// <paramref name="storage"/> (a putaway from processing).
    /// </summary>
    public static IReadOnlyList<StockMovement> Produce(
        string source, string step, OwnerId owner, Sku sku, LotNumber? lot, LocationCode processing, LocationCode storage, int units, DateTimeOffset at)
    {
        var produced = new StockKey(owner, sku, lot, processing, StockStatus.OnHand);
        var quantity = Quantity.Of(units);
        var leaf = step + "~out~" + Part(sku, lot);
        return
        [
            new StockMovement(MovementId.For(source, leaf, "produced"), produced, quantity.Units, MovementType.Processing, at, source),
            .. StockMovement.Transfer(source, leaf, produced, produced.At(storage, StockStatus.OnHand), quantity, MovementType.Putaway, at),
        ];
    }

    /// <summary>Takes picked inputs back from the processing area to the storage location they came from, on hand again.</summary>
    public static IReadOnlyList<StockMovement> Restore(
        string source, string step, OwnerId owner, Sku sku, LotNumber? lot, LocationCode processing, string jobId, LocationCode to, int units, DateTimeOffset at)
    {
        var pending = Pending(owner, sku, lot, processing, jobId);
        return StockMovement.Transfer(source, step + "~" + Part(sku, lot, to), pending, pending.At(to, StockStatus.OnHand), Quantity.Of(units), MovementType.Processing, at);
    }

    private static StockKey Pending(OwnerId owner, Sku sku, LotNumber? lot, LocationCode processing, string jobId) =>
        new(owner, sku, lot, processing, StockStatus.PendingProcessing, jobId);

    // SKUs and lots may contain '/', which a movement id step may not.
    private static string Part(Sku sku, LotNumber? lot = null, LocationCode? location = null)
    {
        ArgumentNullException.ThrowIfNull(sku);
        var part = Uri.EscapeDataString(sku.Value) + "~" + Uri.EscapeDataString(lot?.Value ?? "-");
        return location is null ? part : part + "~" + location.Value;
    }
}
