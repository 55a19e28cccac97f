namespace Logistics.Application.Outbound;

/// <summary>One line of an order and how far its units got.</summary>
/// <param name="LineNumber">The owner's line number.</param>
/// <param name="Sku">The owner's item code.</param>
/// <param name="Units">Units ordered (eaches).</param>
/// <param name="Lot">The lot the owner asked for, or null for any.</param>
/// <param name="MinimumShelfLifeDays">Days a lot must still be good for, when the owner asked.</param>
/// <param name="Description">The owner's description, if sent.</param>
/// <param name="OrderedQuantity">The quantity as sent, in <paramref name="OrderedUnit"/>.</param>
/// <param name="OrderedUnit">The unit as sent (X12 unit code).</param>
/// <remarks>
/// Invariants: <see cref="Shipped"/> ≤ <see cref="Picked"/>, and <see cref="Allocated"/> + <see cref="Picked"/> +
/// <see cref="Cancelled"/> ≤ <see cref="Units"/>; what is left is <see cref="Outstanding"/>.
/// </remarks>
public sealed record OrderLineRecord(
    int LineNumber, string Sku, int Units, string? Lot, int? MinimumShelfLifeDays, string? Description, int OrderedQuantity, string OrderedUnit)
{
    /// <summary>Units reserved in storage and not yet picked.</summary>
    public int Allocated { get; init; }

    /// <summary>Units picked so far (shipped ones included).</summary>
    public int Picked { get; init; }

    /// <summary>Units handed to a carrier.</summary>
    public int Shipped { get; init; }

    /// <summary>Units that will not ship: cancelled for want of stock, or with the order.</summary>
    public int Cancelled { get; init; }

    /// <summary>Units neither reserved, picked nor cancelled: the backorder once allocation has run.</summary>
    public int Outstanding => Units - Allocated - Picked - Cancelled;
}
