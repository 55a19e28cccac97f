using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Application.StockControl.Quarantine;

/// <summary>Quarantine and release by ops: stock changes status in place, with a reason, once per change id.</summary>
/// <remarks>
/// A quarantine takes free stock only (on hand − pending out): units reserved for an order are the order's, and blocking
/// them would leave the order's pick list pointing at stock nobody may ship. Quarantined stock is never allocated (the
/// allocator reads on hand only). A release takes quarantined units back to on hand. Each is a
/// <see cref="MovementType.StatusChange"/> transfer pair posted with the change's document and a
/// <see cref="EventTypes.StockStatusChanged"/> event in one batch.
/// </remarks>
public sealed class StockStatusChanges(WarehouseStore store, StockPoster poster, StockControlRules rules, TimeProvider time)
{
    private const int MaxReasonLength = 200;

    /// <summary>Applies the change, or returns the one applied before under the same change id.</summary>
    /// <exception cref="WarehouseValidationException">A field is missing or malformed; nothing changed.</exception>
    /// <exception cref="StateConflictException">Not enough free (or quarantined) stock, or the change id names another change.</exception>
    public async Task<StatusChangeDocument> ApplyAsync(StatusChangeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (!StockControlRules.IsNumber(input.ChangeId))
        {
            errors.Add(new FieldError("/changeId", "'changeId' is required: your id of this change, 1–30 letters, digits, '.', '_' or '-'."));
        }

        if (!StockControlRules.IsOwner(input.OwnerId))
        {
            errors.Add(new FieldError("/ownerId", "'ownerId' must name the goods owner (publisher id)."));
        }

        var item = StockControlRules.IsOwner(input.OwnerId) ? await rules.ItemAsync(input.OwnerId!, input.Sku, "/sku", errors, cancellationToken) : null;
        LotNumber? lot = null;
        if (input.Lot is not null && !LotNumber.TryParse(input.Lot, out lot, out var lotError))
        {
            errors.Add(new FieldError("/lot", lotError!));
        }

        var location = rules.Find(input.Location, "/location", errors);
        if (input.Units is < 1 or > StockControlRules.MaxUnits)
        {
            errors.Add(new FieldError("/units", $"'units' must be between 1 and {StockControlRules.MaxUnits}, was {input.Units}."));
        }

        var (from, to) = input.To?.ToUpperInvariant() switch
        {
            "QUARANTINED" => (StockStatus.OnHand, StockStatus.Quarantined),
            "ONHAND" => (StockStatus.Quarantined, StockStatus.OnHand),
            _ => (StockStatus.OnHand, StockStatus.OnHand),
        };
        if (from == to)
        {
            errors.Add(new FieldError("/to", "'to' must be 'quarantined' (quarantine on-hand stock) or 'onHand' (release quarantined stock)."));
        }

        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Length > MaxReasonLength)
        {
            errors.Add(new FieldError("/reason", $"'reason' is required: why the status changes, 1–{MaxReasonLength} characters."));
        }

        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        var ownerId = input.OwnerId!;
        var change = new StatusChangeDocument
        {
            Id = StatusChangeDocument.IdOf(input.ChangeId!), OwnerId = ownerId, ChangeId = input.ChangeId!, Sku = item!.Sku, Lot = lot?.Value,
            Location = location!.Code.Value, Units = input.Units, From = from, To = to, Reason = input.Reason!.Trim(), ChangedAt = time.GetUtcNow(),
        };
        var source = $"status/{ownerId}/{change.ChangeId}";
        var container = await store.ContainerAsync(cancellationToken);
        return await poster.PostAsync(ownerId, async ct =>
        {
            if (await container.ReadAsync<StatusChangeDocument>(change.Id, ownerId, ct) is { } stored)
            {
                return stored.Value.SameChangeAs(change)
                    ? (StockPosting.None(source), stored.Value)
                    : throw new StateConflictException($"Change {change.ChangeId} was applied with other content; use another change id.");
            }

            var key = new StockKey(OwnerId.Parse(ownerId), Sku.Parse(change.Sku), lot, LocationCode.Parse(change.Location), StockStatus.OnHand);
            var (_, free, pendingOut) = await StockControlRules.FreeAsync(container, ownerId, key, ct);
            var available = from == StockStatus.OnHand
                ? free
                : (await StockControlRules.ReadAsync(container, ownerId, key with { Status = StockStatus.Quarantined }, ct))?.Value.Quantity ?? 0;
            if (available < change.Units)
            {
                throw new StateConflictException(from == StockStatus.OnHand
                    ? $"{change.Location} has {Math.Max(0, available)} free units of {change.Sku} lot {change.Lot ?? "(none)"}; units reserved for orders cannot be quarantined."
                    : $"{change.Location} has {available} quarantined units of {change.Sku} lot {change.Lot ?? "(none)"} to release, not {change.Units}.");
            }

            var now = time.GetUtcNow();
            var applied = change with { ChangedAt = now };
            var movements = StockMovement.Transfer(source, "status", key with { Status = from }, key with { Status = to }, Quantity.Of(change.Units), MovementType.StatusChange, now);
            var changed = new WarehouseEvent($"{ownerId}/status/{change.ChangeId}", EventTypes.StockStatusChanged, ownerId, change.ChangeId, now,
                new { change = change.ChangeId, sku = change.Sku, lot = change.Lot, location = change.Location, from = from.ToString(), to = to.ToString(), units = change.Units, reason = change.Reason });
            return (new StockPosting(source, movements, batch =>
            {
                batch.Create(applied).Send(changed.ToMessage());
                StockControlRules.Guard(batch, pendingOut);
            }), applied);
        }, cancellationToken);
    }
}
