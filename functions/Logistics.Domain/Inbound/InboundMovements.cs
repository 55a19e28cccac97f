using Logistics.Domain.Common;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;

namespace Logistics.Domain.Inbound;

/// <summary>The ledger movements an inbound notice causes, with ids derived from the notice so replays are no-ops.</summary>
/// <remarks>
/// Ids: <c>inbound/{owner}/{notice}/L{line}/notified|release|receipt|withdrawn</c>, <c>…/R{revision}-L{line}/withdrawn|notified</c>
/// for a replacement, and <c>…/{pendingId}/park|decision</c>.
/// Goods with an unknown barcode have no SKU, so they stay out of the ledger until the owner identifies them;
/// they are tracked as <see cref="PendingGoods"/> on the notice. A line without a lot books its goods without a lot.
/// </remarks>
public static class InboundMovements
{
    /// <summary>Pending-in per line, booked when the notice is accepted (it counts toward available stock).</summary>
    public static IReadOnlyList<StockMovement> Notified(InboundNotice notice, LocationCode dock, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return [.. notice.Lines.Select(l => Move(notice, $"L{l.LineNumber}", "notified", PendingIn(notice, l, dock), l.ExpectedQuantity.Units, MovementType.Notified, at))];
    }

    /// <summary>
    /// A replacement of a notice whose goods have not arrived: the previous version's pending-in is withdrawn and the
    /// replacement's booked, under ids that carry the <paramref name="revision"/>, so each replacement books once.
    /// </summary>
    /// <exception cref="DomainException">The goods have arrived, or the two are not the same notice.</exception>
    public static IReadOnlyList<StockMovement> Replaced(InboundNotice previous, InboundNotice replacement, int revision, LocationCode dock, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(replacement);
        ArgumentOutOfRangeException.ThrowIfLessThan(revision, 1);
        if (previous.Status != NoticeStatus.Notified)
        {
            throw new DomainException($"Notice {previous.Number} is {previous.Status}; a replacement is accepted only until the goods arrive.");
        }

        if (previous.SourceReference != replacement.SourceReference)
        {
            throw new DomainException($"Notice {replacement.Number} cannot replace notice {previous.Number}.");
        }

        var step = $"R{revision}";
        return
        [
            .. previous.Lines.Select(l => Move(previous, $"{step}-L{l.LineNumber}", "withdrawn", PendingIn(previous, l, dock), -l.ExpectedQuantity.Units, MovementType.Notified, at)),
            .. replacement.Lines.Select(l => Move(replacement, $"{step}-L{l.LineNumber}", "notified", PendingIn(replacement, l, dock), l.ExpectedQuantity.Units, MovementType.Notified, at)),
        ];
    }

    /// <summary>Releases the pending-in of a notice cancelled before its receipt was closed (nothing was booked for it yet).</summary>
    /// <exception cref="DomainException">The receipt is closed: its pending-in was already released by the receipt.</exception>
    public static IReadOnlyList<StockMovement> Withdrawn(InboundNotice notice, LocationCode dock, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.Status is not (NoticeStatus.Notified or NoticeStatus.Receiving))
        {
            throw new DomainException($"Notice {notice.Number} is {notice.Status}; its pending-in was released by the receipt.");
        }

        return [.. notice.Lines.Select(l => Move(notice, $"L{l.LineNumber}", "withdrawn", PendingIn(notice, l, dock), -l.ExpectedQuantity.Units, MovementType.Cancellation, at))];
    }

    /// <summary>After the receipt is closed: release pending-in, book good stock at the dock, park doubtful goods.</summary>
    /// <exception cref="DomainException">The receipt is still open.</exception>
    public static IReadOnlyList<StockMovement> Received(InboundNotice notice, LocationCode dock, LocationCode pendingArea, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.Status is NoticeStatus.Notified or NoticeStatus.Receiving)
        {
            throw new DomainException($"Notice {notice.Number} is {notice.Status}; close the receipt before booking it.");
        }

        var movements = new List<StockMovement>();
        foreach (var line in notice.Lines)
        {
            var result = notice.Results.First(r => r.LineNumber == line.LineNumber);
            var step = $"L{line.LineNumber}";
            movements.Add(Move(notice, step, "release", PendingIn(notice, line, dock), -line.ExpectedQuantity.Units, MovementType.Receipt, at));
            if (result.AcceptedGood > 0)
            {
                movements.Add(Move(notice, step, "receipt", Key(notice, line.Sku, line.Lot, dock, StockStatus.OnHand), result.AcceptedGood, MovementType.Receipt, at));
            }
        }

        foreach (var pending in notice.Pending.Where(p => p.Item.Sku is not null))
        {
            movements.Add(Move(notice, pending.Id, "park", Key(notice, pending.Item.Sku!, pending.Lot, pendingArea, StockStatus.PendingDecision), pending.Quantity.Units, MovementType.Receipt, at));
        }

        return movements;
    }

    /// <summary>Carries out the owner's decision on parked goods: accept to <paramref name="target"/> on hand, return to supplier, or scrap.</summary>
    /// <exception cref="DomainException">The goods are unknown, undecided, or have no SKU.</exception>
    public static IReadOnlyList<StockMovement> Decided(InboundNotice notice, string pendingId, LocationCode pendingArea, LocationCode target, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var pending = notice.Pending.FirstOrDefault(p => p.Id == pendingId) ?? throw new DomainException($"Notice {notice.Number} has no pending goods '{pendingId}'.");
        if (pending.Decision is not { } decision || pending.Item.Sku is not { } sku)
        {
            throw new DomainException($"Pending goods '{pendingId}' of notice {notice.Number} are undecided or not identified by a SKU.");
        }

        var parked = Key(notice, sku, pending.Lot, pendingArea, StockStatus.PendingDecision);
        return decision switch
        {
            OwnerDecision.Accept => StockMovement.Transfer(notice.SourceReference, $"{pending.Id}-decision", parked, parked.At(target, StockStatus.OnHand), pending.Quantity, MovementType.Decision, at),
            OwnerDecision.ReturnToSupplier => StockMovement.Transfer(notice.SourceReference, $"{pending.Id}-decision", parked, parked.At(target, StockStatus.PendingReturnToSupplier), pending.Quantity, MovementType.Decision, at),
            _ => [Move(notice, pending.Id, "scrap", parked, -pending.Quantity.Units, MovementType.Decision, at)],
        };
    }

    private static StockKey Key(InboundNotice notice, Sku sku, LotNumber? lot, LocationCode location, StockStatus status) =>
        new(notice.Owner, sku, lot, location, status);

    // Each notice's pending-in is its own balance (see StockKey.Reference), so notices never contend for one document.
    private static StockKey PendingIn(InboundNotice notice, NoticeLine line, LocationCode dock) =>
        new(notice.Owner, line.Sku, line.Lot, dock, StockStatus.PendingIn, notice.SourceReference);

    private static StockMovement Move(InboundNotice notice, string step, string action, StockKey key, long delta, MovementType type, DateTimeOffset at) =>
        new(MovementId.For(notice.SourceReference, step, action), key, delta, type, at, notice.SourceReference);
}
