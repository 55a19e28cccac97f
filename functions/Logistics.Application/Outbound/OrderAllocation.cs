using System.Globalization;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;
using Logistics.Storage.Documents;

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
    AllocationQueue queue,
    BusinessCalendar calendar,
    TimeProvider time)
{
    /// <summary>
    /// Most orders a turn of the <see cref="AllocationQueue"/> allocates in one batch, bounded so that the batch stays within
    /// Cosmos DB's 100 operations (each order costs its replace, its event and per reservation a movement and at most one
    /// balance): a turn never needs the frozen-posting path, whose recovery is per order.
    /// </summary>
    private const int OperationBudget = StockPoster.MaxBatchOperations;

    /// <summary>Runs one allocation pass if the order has outstanding units and may still take stock; otherwise returns it as it is.</summary>
    /// <param name="ownerId">The order's owner.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the pass.</param>
    /// <param name="avoid">Locations this pass must not draw from (where a picker just came up short).</param>
    /// <remarks>
    /// Concurrent passes for orders of the same items join one queue (<see cref="AllocationQueue"/>), and its leader
    /// allocates them together under the items' gate: one read of the stock, one batch, one commit for many orders.
    /// </remarks>
    public async Task<OrderDocument> AllocateAsync(string ownerId, string orderId, CancellationToken cancellationToken, IReadOnlySet<string>? avoid = null)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var first = await container.ReadAsync<OrderDocument>(OrderDocument.IdOf(orderId), ownerId, cancellationToken)
            ?? throw new Common.ResourceNotFoundException($"No order '{orderId}'.");
        var skus = first.Value.Lines.Select(l => l.Sku).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (avoid is not null)
        {
            using var entry = await gate.EnterAsync(ownerId, skus, cancellationToken);
            return (await AllocateTogetherAsync(ownerId, [orderId], avoid, cancellationToken))[orderId];
        }

        return await queue.EnqueueAsync(
            ownerId + "\u001f" + string.Join('\u001f', skus),
            orderId,
            async ids =>
            {
                using var entry = await gate.EnterAsync(ownerId, skus, CancellationToken.None);
                return await AllocateTogetherAsync(ownerId, ids, null, CancellationToken.None);
            },
            cancellationToken);
    }

    /// <summary>One batch for as many of the orders, in their order, as fit the operation budget (always the first); returns those it allocated.</summary>
    /// <remarks>The caller holds the items' gate. Internal so that tests can put orders in one batch without racing for it.</remarks>
    internal Task<IReadOnlyDictionary<string, OrderDocument>> AllocateTogetherAsync(string ownerId, IReadOnlyList<string> orderIds, IReadOnlySet<string>? avoid, CancellationToken cancellationToken) =>
        poster.PostAsync(ownerId, async ct =>
        {
            var container = await store.ContainerAsync(ct);
            var stock = new Dictionary<string, List<StockCandidate>>(StringComparer.Ordinal);
            var done = new Dictionary<string, OrderDocument>(StringComparer.Ordinal);
            var movements = new List<StockMovement>();
            var finishes = new List<Action<IDocumentBatch>>();
            var operations = 0;
            string? step = null;
            foreach (var orderId in orderIds)
            {
                var read = await container.ReadAsync<OrderDocument>(OrderDocument.IdOf(orderId), ownerId, ct)
                    ?? throw new Common.ResourceNotFoundException($"No order '{orderId}'.");
                var order = read.Value;
                if (!MayAllocate(order))
                {
                    done[orderId] = order;
                    continue;
                }

                var (allocated, reserved) = await PlanAsync(order, avoid, stock, ct);
                var cost = 2 + (2 * reserved.Count);
                if (finishes.Count > 0 && operations + cost > OperationBudget)
                {
                    // Planned against stock this turn will not reserve: the order waits for the next turn, and so do the rest.
                    break;
                }

                operations += cost;
                step ??= OrderSteps.Allocate(allocated, allocated.AllocationRounds);
                movements.AddRange(reserved);
                var allocatedEvent = new WarehouseEvent($"{orderId}/allocated/{allocated.AllocationRounds}", EventTypes.OrderAllocated, ownerId, orderId, time.GetUtcNow(),
                    new { round = allocated.AllocationRounds, units = reserved.Sum(m => m.Delta), outstanding = allocated.Lines.Sum(l => l.Outstanding), stage = allocated.Stage.ToString() });
                finishes.Add(batch => batch.Replace(allocated, read.ETag).Send(allocatedEvent.ToMessage()));
                done[orderId] = allocated;
            }

            var posting = new StockPosting(step ?? OrderSteps.Allocate(done.Values.First(), 0), movements, batch =>
            {
                foreach (var finish in finishes)
                {
                    finish(batch);
                }
            });
            return (posting, (IReadOnlyDictionary<string, OrderDocument>)done);
        }, cancellationToken);

    /// <summary>True while allocation can still help the order: it is open, nothing awaits the carrier only, and units are outstanding.</summary>
    public static bool MayAllocate(OrderDocument order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.CancelledAt is null && order.FailedAt is null && (order.NeedsAllocation || order.Lines.Any(l => l.Outstanding > 0));
    }

    // The order after one pass, and the pass's pending-out movements.
    // The free stock of each item is read once per batch and shared by its orders, each taking what it reserves from it.
    private async Task<(OrderDocument Order, IReadOnlyList<StockMovement> Movements)> PlanAsync(
        OrderDocument order, IReadOnlySet<string>? avoid, Dictionary<string, List<StockCandidate>> free, CancellationToken cancellationToken)
    {
        var owner = OwnerId.Parse(order.OwnerId);
        var round = order.AllocationRounds + 1;
        var today = calendar.Today;
        var plans = new List<(OrderLineRecord Line, IReadOnlyList<Reservation> Reservations)>();

        // The order plans on its own copy of the shared stock, which takes its reservations only if it keeps them.
        var working = new Dictionary<string, List<StockCandidate>>(StringComparer.Ordinal);
        foreach (var line in order.Lines.Where(l => l.Outstanding > 0))
        {
            if (!working.TryGetValue(line.Sku, out var stock))
            {
                if (!free.TryGetValue(line.Sku, out var shared))
                {
                    shared = [.. (await candidates.ReadAsync(order.OwnerId, line.Sku, cancellationToken)).Where(c => avoid?.Contains(c.Location.Value) != true)];
                    free[line.Sku] = shared;
                }

                stock = [.. shared];
                working[line.Sku] = stock;
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

        foreach (var (sku, stock) in working)
        {
            free[sku] = stock;
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
