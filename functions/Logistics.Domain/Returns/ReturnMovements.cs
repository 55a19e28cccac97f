using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Returns;

/// <summary>The ledger movements of a return, from the receipt to each part's disposition.</summary>
/// <remarks>
/// <para>
/// Returned goods are booked when the floor scans them, not when the notice comes: the owner's announcement is no
/// promise (returns are often short, late or never come), and pending-in would count them as available. A scan books
/// them into the returns area as <see cref="StockStatus.PendingDecision"/>, held for the return (the reference), with
/// <see cref="MovementType.Return"/>: physically here, counted as returned by the stock ledger, but usable by nobody
/// until disposed of. A failed delivery's units are still the owner's goods in transit, held for their order: a scan
/// transfers them from there (still a <see cref="MovementType.Return"/>, so the ledger counts them as returned when they
/// reach the warehouse), and the units of a failed delivery that never come back are written off in transit when the
/// receipt closes (<see cref="LostInTransit"/>, an adjustment outside the warehouse's stock).
/// </para>
/// <para>
/// Dispositions are <see cref="MovementType.Decision"/>s: a hold moves the part to the pending area (still pending the
/// owner's decision), a restock to storage on hand, a return to supplier to pending return to supplier in the returns
/// area, from where the handover to the carrier takes it out of stock as a <see cref="MovementType.Shipment"/>; a scrap
/// moves it to the scrap area and writes it off there (a negative decision: disposed).
/// </para>
/// <para>Ids: <c>return/{owner}/{number}/scan-{scanId}/…</c>, <c>…/{partId}-{step}/…</c>, so every step posts once.</para>
/// </remarks>
public static class ReturnMovements
{
    /// <summary>The source reference of a return's movements.</summary>
    public static string SourceOf(OwnerId owner, ReturnNumber number)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(number);
        return $"return/{owner.Value}/{number.Value}";
    }

    /// <summary>Returned goods held for <paramref name="returnId"/> at <paramref name="location"/>, awaiting their disposition.</summary>
    public static StockKey Held(OwnerId owner, Sku sku, LotNumber? lot, LocationCode location, string returnId) =>
        new(owner, sku, lot, location, StockStatus.PendingDecision, returnId);

    /// <summary>
    /// One scan received into the returns area: <paramref name="fromTransit"/> units come back from the failed delivery
    /// still in transit (<paramref name="inTransit"/>), the rest arrive from outside the owner's stock with us.
    /// </summary>
    public static IReadOnlyList<StockMovement> Received(
        string source, string scanId, StockKey returnsArea, long units, long fromTransit, StockKey? inTransit, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(returnsArea);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fromTransit, units);
        var step = "scan-" + Uri.EscapeDataString(scanId);
        var movements = new List<StockMovement>();
        if (fromTransit > 0)
        {
            movements.AddRange(StockMovement.Transfer(source, step + "-transit", inTransit ?? throw new ArgumentNullException(nameof(inTransit)),
                returnsArea, Units(fromTransit), MovementType.Return, at));
        }

        if (units > fromTransit)
        {
            movements.Add(new StockMovement(MovementId.For(source, step), returnsArea, units - fromTransit, MovementType.Return, at, source));
        }

        return movements;
    }

    /// <summary>A part's units move from <paramref name="from"/> to <paramref name="to"/> by a disposition (hold, restock, return to supplier).</summary>
    public static IReadOnlyList<StockMovement> Dispose(string source, string partId, string step, StockKey from, StockKey to, long units, DateTimeOffset at) =>
        StockMovement.Transfer(source, $"{partId}-{step}", from, to, Units(units), MovementType.Decision, at);

    /// <summary>A part is moved to the scrap area and written off there.</summary>
    public static IReadOnlyList<StockMovement> Scrap(string source, string partId, StockKey held, LocationCode scrapArea, long units, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(held);
        var scrapped = held with { Location = scrapArea };
        return
        [
            .. StockMovement.Transfer(source, $"{partId}-scrap", held, scrapped, Units(units), MovementType.Decision, at),
            new StockMovement(MovementId.For(source, $"{partId}-writeoff"), scrapped, -units, MovementType.Decision, at, source),
        ];
    }

    /// <summary>Goods returned to the supplier leave the owner's stock with the carrier.</summary>
    public static StockMovement HandedToSupplier(string source, string partId, StockKey pendingReturn, long units, DateTimeOffset at) =>
        new(MovementId.For(source, $"{partId}-handover"), pendingReturn, -units, MovementType.Shipment, at, source);

    /// <summary>Units of a failed delivery that never came back: written off where they were, in transit.</summary>
    public static StockMovement LostInTransit(string source, int lineNumber, StockKey inTransit, long units, DateTimeOffset at) =>
        new(MovementId.For(source, $"L{lineNumber}-lost"), inTransit, -units, MovementType.Adjustment, at, source);

    private static Quantity Units(long units) => Quantity.Of(checked((int)units));
}
