using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;
using Logistics.Storage.Documents;

namespace Logistics.Application.StockControl.Moves;

/// <summary>Moves between locations: ops create the task, the floor confirms it by scanning what it moved.</summary>
/// <remarks>
/// Only free stock moves (on hand − pending out at the from location): units reserved for an order stay where the pick
/// list sends the picker. The target follows putaway's rules (<see cref="StockControlRules.RefusalAsync"/>). The
/// confirmation posts a <see cref="MovementType.Move"/> transfer pair and the task's completion in one batch, with a
/// <see cref="EventTypes.StockMoved"/> event; a second confirmation returns the done task and posts nothing.
/// </remarks>
public sealed class StockMoves(WarehouseStore store, StockPoster poster, StockControlRules rules, ItemCatalog catalog, TimeProvider time)
{
    /// <summary>Creates the task, or returns the one created before under the same move number.</summary>
    /// <exception cref="WarehouseValidationException">A field is missing or names nothing there is.</exception>
    /// <exception cref="StateConflictException">Not enough free stock, the target cannot take the goods, or the number names another move.</exception>
    public async Task<(MoveTaskView Task, bool Created)> CreateAsync(MoveInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (!StockControlRules.IsOwner(input.OwnerId))
        {
            errors.Add(new FieldError("/ownerId", "'ownerId' must name the goods owner (publisher id)."));
        }

        if (!StockControlRules.IsNumber(input.MoveNumber))
        {
            errors.Add(new FieldError("/moveNumber", "'moveNumber' is required: your id of this move, 1–30 letters, digits, '.', '_' or '-'."));
        }

        var item = errors.Count == 0 ? await rules.ItemAsync(input.OwnerId!, input.Sku, "/sku", errors, cancellationToken) : null;
        var lot = Lot(input.Lot, "/lot", errors);
        var from = rules.Find(input.FromLocation, "/fromLocation", errors);
        var to = rules.Find(input.ToLocation, "/toLocation", errors);
        if (from is not null && to is not null && from.Code == to.Code)
        {
            errors.Add(new FieldError("/toLocation", "A move goes to another location than it comes from."));
        }

        if (input.Units is < 1 or > StockControlRules.MaxUnits)
        {
            errors.Add(new FieldError("/units", $"'units' must be between 1 and {StockControlRules.MaxUnits}, was {input.Units}."));
        }

        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        var moveId = OwnedIds.Of(OwnerId.Parse(input.OwnerId), input.MoveNumber!);
        var task = new MoveTaskDocument
        {
            Id = MoveTaskDocument.IdOf(moveId), OwnerId = input.OwnerId!, MoveId = moveId, MoveNumber = input.MoveNumber!, Sku = item!.Sku, Lot = lot?.Value,
            FromLocation = from!.Code.Value, ToLocation = to!.Code.Value, Units = input.Units, Status = MoveTaskDocument.Open, CreatedAt = time.GetUtcNow(),
        };
        var container = await store.ContainerAsync(cancellationToken);
        if (await container.ReadAsync<MoveTaskDocument>(task.Id, task.OwnerId, cancellationToken) is { } existing)
        {
            return (Repeated(existing.Value, task), false);
        }

        await CheckAsync(container, task, item, cancellationToken);
        try
        {
            await container.CreateAsync(task, cancellationToken);
            return (MoveTaskView.From(task), true);
        }
        catch (DocumentConflictException)
        {
            var stored = await container.ReadAsync<MoveTaskDocument>(task.Id, task.OwnerId, cancellationToken);
            return (Repeated(stored!.Value, task), false);
        }
    }

    /// <summary>Open move tasks of every owner (the floor's work list), oldest first.</summary>
    public async Task<IReadOnlyList<MoveTaskView>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var open = await container.QueryAllAsync<MoveTaskDocument>(new DocumentQuery(null) { PageSize = 1000 }
            .WhereEquals("/type", MoveTaskDocument.Kind).WhereEquals("/status", MoveTaskDocument.Open), cancellationToken);
        return [.. open.OrderBy(t => t.CreatedAt).ThenBy(t => t.MoveId, StringComparer.Ordinal).Select(MoveTaskView.From)];
    }

    /// <summary>Books the floor's confirmation; a confirmed task is returned as it is.</summary>
    /// <exception cref="ResourceNotFoundException">There is no such move.</exception>
    /// <exception cref="WarehouseValidationException">A scan does not match the task; each wrong field is named, nothing changed.</exception>
    /// <exception cref="StateConflictException">The units are no longer free at the from location, or the target filled up.</exception>
    public async Task<MoveTaskView> ConfirmAsync(string moveId, MoveScan scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var container = await store.ContainerAsync(cancellationToken);
        var owner = StockControlRules.Split(moveId)?.Owner ?? throw new ResourceNotFoundException($"There is no move {moveId}.");
        var first = await container.ReadAsync<MoveTaskDocument>(MoveTaskDocument.IdOf(moveId), owner, cancellationToken)
            ?? throw new ResourceNotFoundException($"There is no move {moveId}.");
        if (first.Value.Status == MoveTaskDocument.Done)
        {
            return MoveTaskView.From(first.Value);
        }

        await MatchAsync(first.Value, scan, cancellationToken);
        var item = (await catalog.FindAsync(owner, first.Value.Sku, cancellationToken))!;
        return await poster.PostAsync(owner, async ct =>
        {
            var read = await container.ReadAsync<MoveTaskDocument>(MoveTaskDocument.IdOf(moveId), owner, ct);
            var task = read!.Value;
            var step = $"{task.SourceReference}/confirm";
            if (task.Status == MoveTaskDocument.Done)
            {
                return (StockPosting.None(step), MoveTaskView.From(task));
            }

            var pendingOut = await CheckAsync(container, task, item, ct);
            var now = time.GetUtcNow();
            var done = task with { Status = MoveTaskDocument.Done, ConfirmedAt = now };
            var fromKey = KeyOf(task, task.FromLocation);
            var movements = StockMovement.Transfer(task.SourceReference, "move", fromKey, fromKey.At(LocationCode.Parse(task.ToLocation), StockStatus.OnHand),
                Quantity.Of(task.Units), MovementType.Move, now);
            var moved = new WarehouseEvent($"{moveId}/moved", EventTypes.StockMoved, owner, moveId, now,
                new { task = moveId, sku = task.Sku, lot = task.Lot, from = task.FromLocation, to = task.ToLocation, status = nameof(StockStatus.OnHand), units = task.Units });
            return (new StockPosting(step, movements, batch =>
            {
                batch.Replace(done, read.ETag).Send(moved.ToMessage());
                StockControlRules.Guard(batch, pendingOut);
            }), MoveTaskView.From(done));
        }, cancellationToken);
    }

    // Free stock at the source and room at the target; the pending-out balance read, to guard in the batch.
    private async Task<Document<BalanceDocument>?> CheckAsync(IDocumentContainer container, MoveTaskDocument task, ItemDocument item, CancellationToken cancellationToken)
    {
        var (_, free, pendingOut) = await StockControlRules.FreeAsync(container, task.OwnerId, KeyOf(task, task.FromLocation), cancellationToken);
        if (free < task.Units)
        {
            throw new StateConflictException(
                $"{task.FromLocation} has {Math.Max(0, free)} free units of {task.Sku} lot {task.Lot ?? "(none)"} (on hand − reserved for orders); the move needs {task.Units}.");
        }

        var target = rules.Layout.Find(LocationCode.Parse(task.ToLocation))!;
        return await rules.RefusalAsync(target, task.OwnerId, item, task.Units, cancellationToken) is { } refusal
            ? throw new StateConflictException(refusal)
            : pendingOut;
    }

    // Every scan against the task, all faults at once.
    private async Task MatchAsync(MoveTaskDocument task, MoveScan scan, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!string.Equals(scan.FromLocation?.Trim(), task.FromLocation, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new FieldError("/fromLocation", $"Wrong location {scan.FromLocation ?? "(none)"}: the move takes the goods from {task.FromLocation}."));
        }

        var sku = await catalog.ScannedSkuAsync(task.OwnerId, scan.Barcode, scan.Sku, errors, cancellationToken);
        if (sku is not null && sku != task.Sku)
        {
            errors.Add(new FieldError(scan.Barcode is null ? "/sku" : "/barcode", $"Wrong item {sku}: the move is for {task.Sku}."));
        }

        var lot = string.IsNullOrWhiteSpace(scan.Lot) ? null : scan.Lot.Trim().ToUpperInvariant();
        if (!string.Equals(lot, task.Lot, StringComparison.Ordinal))
        {
            errors.Add(new FieldError("/lot", $"Wrong lot {lot ?? "(none)"}: the move is for lot {task.Lot ?? "(none)"}."));
        }

        if (!string.Equals(scan.ToLocation?.Trim(), task.ToLocation, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new FieldError("/toLocation", $"Wrong location {scan.ToLocation ?? "(none)"}: the move takes the goods to {task.ToLocation}."));
        }

        if (scan.Units != task.Units)
        {
            errors.Add(new FieldError("/units", $"The move is for {task.Units} units, {scan.Units} were confirmed; move them all, or ask ops for another task."));
        }

        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }
    }

    private static MoveTaskView Repeated(MoveTaskDocument stored, MoveTaskDocument asked) =>
        stored.SameMoveAs(asked)
            ? MoveTaskView.From(stored)
            : throw new StateConflictException($"Move {stored.MoveId} exists with other content; use another move number.");

    private static StockKey KeyOf(MoveTaskDocument task, string location) =>
        new(OwnerId.Parse(task.OwnerId), Sku.Parse(task.Sku), task.Lot is null ? null : LotNumber.Parse(task.Lot), LocationCode.Parse(location), StockStatus.OnHand);

    private static LotNumber? Lot(string? lot, string pointer, List<FieldError> errors)
    {
        if (lot is null)
        {
            return null;
        }

        if (LotNumber.TryParse(lot, out var parsed, out var error))
        {
            return parsed;
        }

        errors.Add(new FieldError(pointer, error!));
        return null;
    }
}
