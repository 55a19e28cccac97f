using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.Workflow;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Owners;
using Logistics.Domain.Returns;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Returns;

/// <summary>
/// The floor's side of a received return: the inspection's disposition of each part, and the handover of goods for the
/// supplier to a carrier. Repeating a request changes nothing; a different one for a part already decided is a conflict.
/// </summary>
public sealed class ReturnInspection(
    ReturnRepository returns,
    StockPoster poster,
    ReturnOrchestrations orchestrations,
    ReturnDispositions dispositions,
    Warehouse.WarehouseLayout layout,
    TimeProvider time)
{
    private static readonly ReturnDisposition[] FloorChoices = [ReturnDisposition.Restock, ReturnDisposition.Hold, ReturnDisposition.ReturnToSupplier, ReturnDisposition.Scrap];
    private static readonly ReturnDisposition[] Defaults = [ReturnDisposition.Restock, ReturnDisposition.ReturnToSupplier, ReturnDisposition.Scrap];

    /// <summary>Disposes of one part as inspected.</summary>
    /// <exception cref="WarehouseValidationException">An unknown disposition or default, a scrap without reason, a return to supplier without an address.</exception>
    /// <exception cref="StateConflictException">No such part, or it was decided otherwise already.</exception>
    public async Task<ReturnPartRecord> DisposeAsync(DurableTaskClient client, string returnId, DispositionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var partId = Required(input.PartId, "/partId", "'partId' is required: the part as the return lists it (P1, P2…).", errors);
        var disposition = ReturnDispositions.Parse(input.Disposition, FloorChoices);
        if (disposition is null)
        {
            errors.Add(new FieldError("/disposition", $"'disposition' must be {ReturnDispositions.Names(FloorChoices)}, was '{input.Disposition}'."));
        }

        ReturnDisposition? defaultAction = null;
        if (input.DefaultAction is not null && (defaultAction = ReturnDispositions.Parse(input.DefaultAction, Defaults)) is null)
        {
            errors.Add(new FieldError("/defaultAction", $"'defaultAction' must be {ReturnDispositions.Names(Defaults)}, was '{input.DefaultAction}'."));
        }

        if (input.Reason is { Length: > ReturnDispositions.MaxReasonLength })
        {
            errors.Add(new FieldError("/reason", $"'reason' may be at most {ReturnDispositions.MaxReasonLength} characters."));
        }

        var supplier = input.Supplier?.ToParty();
        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        var first = (await returns.GetAsync(returnId, null, cancellationToken)).Value;
        await orchestrations.RequireActiveAsync(client, first, cancellationToken);
        var (part, changed) = await poster.PostAsync(first.OwnerId, async ct =>
        {
            var read = await returns.GetAsync(returnId, null, ct);
            var part = ReturnPartChange.Find(read.Value, partId!);
            var step = ReturnSteps.Disposition(read.Value, part.PartId, "inspection");
            if (part.Disposition == disposition && part.DecidedBy is "floor" or "notice" or "receipt")
            {
                return (StockPosting.None(step), (part, false));
            }

            if (part.Disposition is not null)
            {
                throw new StateConflictException(
                    $"Part {part.PartId} of return {returnId} is already {part.Disposition} (decided by the {part.DecidedBy}); " +
                    (part.IsHeld ? "the owner decides on it (POST …/decisions) or its default applies at the deadline." : "it cannot be decided again."));
            }

            var (decided, movements, disposed) = await dispositions.PlanAsync(read.Value, part, disposition!.Value, "floor", input.Reason, defaultAction, supplier, time.GetUtcNow(), ct);
            return (ReturnPartChange.Commit(read, step, decided, movements, disposed).Posting, (decided, true));
        }, cancellationToken);

        if (changed)
        {
            await orchestrations.SignalAsync(client, returnId, ReturnMilestones.PartDisposed, new MilestoneEvent($"{part.PartId} {part.Disposition}", time.GetUtcNow()), cancellationToken);
        }

        return part;
    }

    /// <summary>Hands a part returned to supplier to a carrier: it leaves the owner's stock as a shipment to the supplier.</summary>
    /// <exception cref="WarehouseValidationException">Carrier or tracking number missing or malformed.</exception>
    /// <exception cref="StateConflictException">The part is not returned to supplier, or was handed over with another tracking.</exception>
    public async Task<ReturnPartRecord> HandOverAsync(DurableTaskClient client, string returnId, SupplierHandoverInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var partId = Required(input.PartId, "/partId", "'partId' is required: the part returned to supplier.", errors);
        var carrier = input.Carrier?.Trim().ToUpperInvariant();
        if (carrier is null || carrier.Length is < 2 or > 4 || !carrier.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add(new FieldError("/carrier", "'carrier' is required: the carrier's SCAC, 2–4 letters or digits."));
        }

        var tracking = Required(input.TrackingNumber, "/trackingNumber", "'trackingNumber' is required, 1–50 characters.", errors);
        if (tracking is { Length: > 50 })
        {
            errors.Add(new FieldError("/trackingNumber", "'trackingNumber' may be at most 50 characters."));
        }

        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        var first = (await returns.GetAsync(returnId, null, cancellationToken)).Value;
        await orchestrations.RequireActiveAsync(client, first, cancellationToken);
        var (part, changed) = await poster.PostAsync(first.OwnerId, async ct =>
        {
            var read = await returns.GetAsync(returnId, null, ct);
            var part = ReturnPartChange.Find(read.Value, partId!);
            var step = ReturnSteps.Disposition(read.Value, part.PartId, "handover");
            if (part.Disposition != ReturnDisposition.ReturnToSupplier)
            {
                throw new StateConflictException($"Part {part.PartId} of return {returnId} is {part.Disposition?.ToString() ?? "not inspected yet"}, not returned to supplier.");
            }

            if (part.HandedOverAt is not null)
            {
                return part.Carrier == carrier && part.TrackingNumber == tracking
                    ? (StockPosting.None(step), (part, false))
                    : throw new StateConflictException($"Part {part.PartId} was handed to {part.Carrier} with tracking {part.TrackingNumber} already.");
            }

            var now = time.GetUtcNow();
            var owner = OwnerId.Parse(read.Value.OwnerId);
            var pending = new StockKey(owner, Sku.Parse(part.Sku), part.Lot is null ? null : LotNumber.Parse(part.Lot), layout.Returns, StockStatus.PendingReturnToSupplier, returnId);
            var handed = part with { Carrier = carrier, TrackingNumber = tracking, HandedOverAt = now };
            var shipped = new WarehouseEvent($"{returnId}/part/{part.PartId}/handover", EventTypes.ReturnedToSupplier, read.Value.OwnerId, returnId, now,
                new { line = part.LineNumber, part = part.PartId, sku = part.Sku, lot = part.Lot, carrier, tracking, units = part.Units, supplier = part.Supplier?.ToString() });
            return (ReturnPartChange.Commit(read, step, handed, [ReturnMovements.HandedToSupplier(read.Value.SourceReference, part.PartId, pending, part.Units, now)], shipped).Posting,
                (handed, true));
        }, cancellationToken);

        if (changed)
        {
            await orchestrations.SignalAsync(client, returnId, ReturnMilestones.SupplierHandover, new MilestoneEvent(part.PartId, time.GetUtcNow()), cancellationToken);
        }

        return part;
    }

    private static string? Required(string? value, string pointer, string message, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(pointer, message));
            return null;
        }

        return value.Trim();
    }
}
