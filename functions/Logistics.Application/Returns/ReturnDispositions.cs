using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inbound.Putaway;
using Logistics.Application.Items;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Owners;
using Logistics.Domain.Putaway;
using Logistics.Domain.Returns;
using Logistics.Edi.Outbound;

namespace Logistics.Application.Returns;

/// <summary>
/// What a disposition of one part does, whoever decides it (the notice at close, the floor at inspection, the owner, the
/// default at the deadline): the part's new state, the movements that take its goods where the disposition sends them,
/// and the <see cref="EventTypes.ReturnLineDisposed"/> event. Callers commit the three in one posting.
/// </summary>
/// <remarks>
/// A restock is placed by the inbound putaway planner (<see cref="PutawayPlanner"/>, over the same location states as
/// inbound putaway, so it respects capacity and handling zones) and booked to the planned storage locations at once:
/// the floor carries the goods there as part of the inspection, so no separate putaway task is opened.
/// </remarks>
public sealed class ReturnDispositions(PutawayService putaway, ItemCatalog catalog, ReturnDeadlines deadlines, WarehouseLayout layout)
{
    /// <summary>The longest reason or note kept.</summary>
    public const int MaxReasonLength = 200;

    /// <summary>Where the return stands once its parts are as given: the first part still awaiting someone decides.</summary>
    public static ReturnProgress ProgressOf(IReadOnlyList<ReturnPartRecord> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Any(p => p.Disposition is null))
        {
            return ReturnProgress.Inspection;
        }

        if (parts.Any(p => p.IsHeld))
        {
            return ReturnProgress.AwaitingOwner;
        }

        return parts.Any(p => !p.IsFinished) ? ReturnProgress.AwaitingHandover : ReturnProgress.Disposed;
    }

    /// <summary>Plans <paramref name="disposition"/> of <paramref name="part"/>.</summary>
    /// <param name="document">The return.</param>
    /// <param name="part">The part as it stands (awaiting inspection, or held).</param>
    /// <param name="disposition">What becomes of it.</param>
    /// <param name="decidedBy"><c>notice</c>, <c>floor</c>, <c>owner</c> or <c>default</c>.</param>
    /// <param name="reason">Why (required for a scrap).</param>
    /// <param name="defaultAction">For a hold: what the part becomes at its deadline (by default by its condition).</param>
    /// <param name="supplier">For a return to supplier: the address, else the part's or the notice's supplier.</param>
    /// <param name="now">When it is decided.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="WarehouseValidationException">A scrap without a reason, a return to supplier without an address.</exception>
    /// <exception cref="StateConflictException">A restock the storage locations have no room for.</exception>
    public async Task<(ReturnPartRecord Part, IReadOnlyList<StockMovement> Movements, WarehouseEvent Event)> PlanAsync(
        ReturnDocument document, ReturnPartRecord part, ReturnDisposition disposition, string decidedBy, string? reason,
        ReturnDisposition? defaultAction, Party? supplier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(part);
        var owner = OwnerId.Parse(document.OwnerId);
        var sku = Sku.Parse(part.Sku);
        var lot = part.Lot is null ? null : LotNumber.Parse(part.Lot);
        var source = document.SourceReference;
        var from = ReturnMovements.Held(owner, sku, lot, Domain.Locations.LocationCode.Parse(part.Locations.Single()), document.ReturnId);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var decided = part with { Disposition = disposition, DecidedBy = decidedBy, DecidedAt = now, Reason = reason ?? part.Reason };
        IReadOnlyList<StockMovement> movements;
        switch (disposition)
        {
            case ReturnDisposition.Hold:
                var to = ReturnMovements.Held(owner, sku, lot, layout.PendingArea, document.ReturnId);
                movements = from == to ? [] : ReturnMovements.Dispose(source, part.PartId, "hold", from, to, part.Units, now);
                decided = decided with
                {
                    Locations = [layout.PendingArea.Value],
                    HeldAt = now,
                    HoldDeadline = deadlines.Hold(now),
                    DefaultAction = defaultAction ?? ReturnDispositionRules.DefaultFor(part.Condition),
                };
                break;
            case ReturnDisposition.Restock:
                var item = (await catalog.FindAsync(document.OwnerId, part.Sku, cancellationToken))?.ToItem() ?? Item.Create(owner, sku, part.Sku);
                var plan = PutawayPlanner.Suggest(item, lot, Quantity.Of(checked((int)part.Units)), (await putaway.LocationStatesAsync(cancellationToken)).Values);
                if (!plan.IsComplete)
                {
                    throw new StateConflictException(
                        $"Part {part.PartId} ({part.Units} × {part.Sku}) does not fit the storage locations ({plan.UnplacedUnits} units have no room); hold it or free space first.");
                }

                movements = [.. plan.Suggestions.SelectMany(s => ReturnMovements.Dispose(source, part.PartId, "restock-" + s.Location.Value, from,
                    new StockKey(owner, sku, lot, s.Location, StockStatus.OnHand), s.Quantity.Units, now))];
                decided = decided with { Locations = [.. plan.Suggestions.Select(s => s.Location.Value)] };
                break;
            case ReturnDisposition.ReturnToSupplier:
                var address = supplier ?? part.Supplier ?? document.Supplier
                    ?? throw new WarehouseValidationException("/supplier", $"Return {document.ReturnNumber} names no supplier; give the 'supplier' the goods go back to.");
                movements = ReturnMovements.Dispose(source, part.PartId, "rts", from,
                    new StockKey(owner, sku, lot, layout.Returns, StockStatus.PendingReturnToSupplier, document.ReturnId), part.Units, now);
                decided = decided with { Locations = [layout.Returns.Value], Supplier = address };
                break;
            case ReturnDisposition.Scrap:
                if (reason is null)
                {
                    throw new WarehouseValidationException("/reason", "A scrap needs a 'reason' (what is wrong with the goods).");
                }

                movements = ReturnMovements.Scrap(source, part.PartId, from, layout.Scrap, part.Units, now);
                decided = decided with { Locations = [layout.Scrap.Value] };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(disposition), disposition, "Unknown disposition.");
        }

        var disposed = new WarehouseEvent($"{document.ReturnId}/part/{part.PartId}/{disposition}", EventTypes.ReturnLineDisposed, document.OwnerId, document.ReturnId, now, new
        {
            line = part.LineNumber,
            part = part.PartId,
            disposition = disposition.ToString(),
            sku = part.Sku,
            lot = part.Lot,
            units = part.Units,
            condition = part.Condition.ToString(),
            reason,
            decidedBy,
            locations = decided.Locations,
            deadline = decided.HoldDeadline,
            defaultAction = decided.DefaultAction?.ToString(),
        });
        return (decided, movements, disposed);
    }

    /// <summary>Parses a disposition as the API spells it (<c>restock</c>, <c>hold</c>, <c>returnToSupplier</c>, <c>scrap</c>); null when it is none of <paramref name="allowed"/>.</summary>
    public static ReturnDisposition? Parse(string? text, params ReturnDisposition[] allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        return Enum.TryParse<ReturnDisposition>(text?.Trim(), ignoreCase: true, out var parsed) && allowed.Contains(parsed) && !int.TryParse(text, out _) ? parsed : null;
    }

    /// <summary>The camelCase names of <paramref name="allowed"/>, for messages.</summary>
    public static string Names(params ReturnDisposition[] allowed) =>
        string.Join(", ", (allowed ?? []).Select(d => char.ToLowerInvariant(d.ToString()[0]) + d.ToString()[1..]));
}
