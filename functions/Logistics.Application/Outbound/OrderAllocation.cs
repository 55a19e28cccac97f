using System.Globalization;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;

namespace Logistics.Application.Outbound;

/// <summary>Reserves stock on hand for an order's outstanding units, by the order's shipping policy.</summary>
/// <remarks>
/// <para>
/// One pass plans every line from fresh stock (FEFO/FIFO, see <see cref="AllocationPlanner"/>) and commits the
/// reservations as pending-out movements together with the order and its new pick tasks, in one batch under ETags.
/// Two orders can therefore never reserve the same unit: both write the same pending-out balance, and the ledger
/// re-checks free stock (on hand − pending out at the location) as it writes; a conflict plans again from fresh state.
/// </para>
/// <para>
/// Policies: <see cref="ShippingPolicy.ShipPartial"/> (the default) reserves what is free and leaves the rest
/// outstanding as a backorder that later passes fill; <see cref="ShippingPolicy.CancelUnavailable"/> cancels what is not
/// free; the ship-complete policies reserve only when every line can be filled in full, and otherwise wait
/// (<see cref="ShippingPolicy.ShipCompleteWait"/>) or fail the order on its first pass
/// (<see cref="ShippingPolicy.ShipCompleteFail"/>; once goods are picked a shortfall waits, since failing would strand them).
/// </para>
/// </remarks>
public sealed class OrderAllocation(
    WarehouseStore store,
    StockPoster poster,
    ItemCatalog catalog,
    StockCandidateReader candidates,
    AllocationGate gate,
    BusinessCalendar calendar,
    TimeProvider time)
{
    /// <summary>Runs one allocation pass if the order has outstanding units and may still take stock; otherwise returns it as it is.</summary>
    /// <param name="ownerId">The order's owner.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the pass.</param>
    /// <param name="avoid">Locations this pass must not draw from (where a picker just came up short).</param>
    public async Task<OrderDocument> AllocateAsync(string ownerId, string orderId, CancellationToken cancellationToken, IReadOnlySet<string>? avoid = null)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var first = await container.ReadAsync<OrderDocument>(OrderDocument.IdOf(orderId), ownerId, cancellationToken)
            ?? throw new Common.ResourceNotFoundException($"No order '{orderId}'.");
        using var entry = await gate.EnterAsync(ownerId, first.Value.Lines.Select(l => l.Sku), cancellationToken);
        return await poster.PostAsync(ownerId, async ct =>
        {
            var read = await container.ReadAsync<OrderDocument>(OrderDocument.IdOf(orderId), ownerId, ct)
                ?? throw new Common.ResourceNotFoundException($"No order '{orderId}'.");
            var order = read.Value;
            if (!MayAllocate(order))
            {
                return (StockPosting.None(OrderSteps.Allocate(order, order.AllocationRounds)), order);
            }

            var (allocated, movements) = await PlanAsync(order, avoid, ct);
            var step = OrderSteps.Allocate(allocated, allocated.AllocationRounds);
            var now = time.GetUtcNow();
            var reserved = movements.Sum(m => m.Delta);
            var allocatedEvent = new WarehouseEvent($"{orderId}/allocated/{allocated.AllocationRounds}", "OrderAllocated", ownerId, orderId, now,
                new { round = allocated.AllocationRounds, units = reserved, outstanding = allocated.Lines.Sum(l => l.Outstanding), stage = allocated.Stage.ToString() });
            return (new StockPosting(step, movements, batch => batch.Replace(allocated, read.ETag).Send(allocatedEvent.ToMessage())), allocated);
        }, cancellationToken);
    }

    /// <summary>True while allocation can still help the order: it is open, nothing awaits the carrier only, and units are outstanding.</summary>
    public static bool MayAllocate(OrderDocument order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.CancelledAt is null && order.FailedAt is null && (order.NeedsAllocation || order.Lines.Any(l => l.Outstanding > 0));
    }

    // The order after one pass, and the pass's pending-out movements.
    private async Task<(OrderDocument Order, IReadOnlyList<StockMovement> Movements)> PlanAsync(OrderDocument order, IReadOnlySet<string>? avoid, CancellationToken cancellationToken)
    {
        var owner = OwnerId.Parse(order.OwnerId);
        var round = order.AllocationRounds + 1;
        var today = calendar.Today;
        var free = new Dictionary<string, List<StockCandidate>>(StringComparer.Ordinal);
        var plans = new List<(OrderLineRecord Line, IReadOnlyList<Reservation> Reservations)>();
        foreach (var line in order.Lines.Where(l => l.Outstanding > 0))
        {
            if (!free.TryGetValue(line.Sku, out var stock))
            {
                stock = [.. (await candidates.ReadAsync(order.OwnerId, line.Sku, cancellationToken)).Where(c => avoid?.Contains(c.Location.Value) != true)];
                free[line.Sku] = stock;
            }

            var item = await catalog.FindAsync(order.OwnerId, line.Sku, cancellationToken);
            var demand = new AllocationDemand(line.Outstanding, item?.ExpiryControlled ?? false, line.Lot is null ? null : LotNumber.Parse(line.Lot), line.MinimumShelfLifeDays);
            var reservations = AllocationPlanner.Plan(demand, stock, today);
            plans.Add((line, reservations));

            // Two lines of one item must not plan the same units.
            foreach (var reservation in reservations)
            {
                var index = stock.FindIndex(c => c.Location == reservation.Location && c.Lot == reservation.Lot);
                stock[index] = stock[index] with { Free = stock[index].Free - reservation.Units };
            }
        }

        var complete = plans.All(p => p.Reservations.Sum(r => r.Units) == p.Line.Outstanding);
        var now = time.GetUtcNow();
        var passed = order with { AllocationRounds = round, AllocatedAt = now, NeedsAllocation = false };
        if (!complete && order.Policy is ShippingPolicy.ShipCompleteWait or ShippingPolicy.ShipCompleteFail)
        {
            var fail = order.Policy == ShippingPolicy.ShipCompleteFail && !order.PickingStarted;
            var waiting = fail
                ? passed with { FailedAt = now, FailReason = "Ship complete: stock on hand does not cover every line, and the order asks to fail rather than wait." }
                : passed;
            return (waiting.Staged(), []);
        }

        var source = order.SourceReference;
        var movements = new List<StockMovement>();
        var tasks = order.PickTasks.ToList();
        var lines = order.Lines.ToDictionary(l => l.LineNumber);
        foreach (var (line, reservations) in plans)
        {
            var step = $"A{round.ToString(CultureInfo.InvariantCulture)}-L{line.LineNumber.ToString(CultureInfo.InvariantCulture)}";
            foreach (var reservation in reservations)
            {
                movements.Add(OutboundMovements.Allocate(source, step, owner, Sku.Parse(line.Sku), reservation, now));
                tasks.Add(new PickTaskRecord(tasks.Count + 1, line.LineNumber, line.Sku, reservation.Lot?.Value, reservation.Location.Value, reservation.Units));
            }

            var units = reservations.Sum(r => r.Units);
            var cancelled = order.Policy == ShippingPolicy.CancelUnavailable ? line.Outstanding - units : 0;
            lines[line.LineNumber] = line with { Allocated = line.Allocated + units, Cancelled = line.Cancelled + cancelled };
        }

        return ((passed with { Lines = [.. order.Lines.Select(l => lines[l.LineNumber])], PickTasks = tasks }).Staged(), movements);
    }
}
