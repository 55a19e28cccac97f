using Logistics.Domain.Common;

namespace Logistics.Domain.Inventory;

/// <summary>
/// An in-memory stock ledger: the list of applied movements and the balances they sum to.
/// </summary>
/// <remarks>
/// Invariants kept here (DESIGN.md §6): every balance equals the sum of its movements; a movement id is applied
/// once; no balance goes negative; an allocation (a batch raising pending out at a location) is refused when it would
/// leave that location's free stock (on hand − pending out, both for owner, item and lot) negative, so a unit is never
/// allocated twice and pending-in (goods not yet here) never ships. Physical facts such as a short receipt or a count
/// loss are recorded even when they leave allocations uncovered: refusing them would hide a real loss instead of
/// surfacing it. A batch is all-or-nothing, so a transfer pair is never half applied.
/// </remarks>
public sealed class StockLedger
{
    private readonly List<StockMovement> _movements = [];
    private readonly HashSet<MovementId> _appliedIds = [];
    private readonly Dictionary<StockKey, long> _balances = [];

    /// <summary>
    /// A ledger that continues from stored state: the current quantities of the keys a batch will touch (and, for
    /// allocations, the on-hand key each allocates from, see <see cref="SourceOf"/>) and the ids of its movements that were applied before. This
    /// is how the store applies movements: the same rules on the part of the ledger the batch concerns.
    /// </summary>
    /// <remarks><see cref="Movements"/> and <see cref="BalanceAt"/> then cover only what was applied to the view.</remarks>
    public static StockLedger Over(IEnumerable<InventoryBalance> balances, IEnumerable<MovementId> applied)
    {
        ArgumentNullException.ThrowIfNull(balances);
        ArgumentNullException.ThrowIfNull(applied);
        var ledger = new StockLedger();
        foreach (var balance in balances)
        {
            ledger._balances[balance.Key] = balance.Quantity;
        }

        ledger._appliedIds.UnionWith(applied);
        return ledger;
    }

    /// <summary>Every applied movement, in application order.</summary>
    public IReadOnlyList<StockMovement> Movements => _movements;

    /// <summary>All non-zero balances.</summary>
    public IReadOnlyList<InventoryBalance> Balances =>
        [.. _balances.Where(b => b.Value != 0).Select(b => new InventoryBalance(b.Key, b.Value))];

    /// <summary>Applies one movement (see <see cref="Apply(IReadOnlyList{StockMovement})"/>).</summary>
    public ApplyOutcome Apply(StockMovement movement) => Apply([movement]);

    /// <summary>Applies a batch atomically; ids seen before (or twice in the batch) are skipped.</summary>
    /// <exception cref="DomainException">The batch would make a balance negative; nothing is applied.</exception>
    /// <exception cref="OversellException">The batch would allocate more than is free at a location; nothing is applied.</exception>
    public ApplyOutcome Apply(IReadOnlyList<StockMovement> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var fresh = new List<StockMovement>();
        var batchIds = new HashSet<MovementId>();
        foreach (var movement in batch)
        {
            if (!_appliedIds.Contains(movement.Id) && batchIds.Add(movement.Id))
            {
                fresh.Add(movement);
            }
        }

        var newBalances = fresh.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => checked(Balance(g.Key) + g.Sum(m => m.Delta)));
        foreach (var (key, quantity) in newBalances.Where(b => b.Value < 0))
        {
            throw new DomainException($"Movement would make {key} negative ({quantity}); stock cannot go below zero.");
        }

        foreach (var reserved in fresh.Where(m => m.Key.Status == StockStatus.PendingOut && m.Delta > 0).Select(m => m.Key).Distinct())
        {
            var free = Quantity(SourceOf(reserved), newBalances) - Quantity(reserved, newBalances);
            if (free < 0)
            {
                throw new OversellException(
                    $"Allocation would oversell {reserved.Owner}/{reserved.Sku}/{reserved.Lot?.Value ?? "-"} at {reserved.Location}: free stock would be {free}.");
            }
        }

        foreach (var movement in fresh)
        {
            _movements.Add(movement);
            _appliedIds.Add(movement.Id);
        }

        foreach (var (key, quantity) in newBalances)
        {
            _balances[key] = quantity;
        }

        return new ApplyOutcome(fresh.Count, batch.Count - fresh.Count);
    }

    /// <summary>True when a movement with this id has been applied.</summary>
    public bool HasApplied(MovementId id) => _appliedIds.Contains(id);

    /// <summary>Current quantity of one key (0 when never moved).</summary>
    public long Balance(StockKey key) => _balances.GetValueOrDefault(key);

    /// <summary>Quantity of one key as of <paramref name="instant"/> (inclusive), recomputed from the movements.</summary>
    public long BalanceAt(StockKey key, DateTimeOffset instant) =>
        _movements.Where(m => m.Key == key && m.OccurredAt <= instant).Sum(m => m.Delta);

    /// <summary>The on-hand stock an allocation at <paramref name="pendingOut"/> reserves: same owner, item, lot and location.</summary>
    public static StockKey SourceOf(StockKey pendingOut)
    {
        ArgumentNullException.ThrowIfNull(pendingOut);
        return pendingOut with { Status = StockStatus.OnHand, Reference = null };
    }

    /// <summary>On hand − pending out at one location: what allocations may still take there.</summary>
    public long Free(StockKey onHand)
    {
        ArgumentNullException.ThrowIfNull(onHand);
        return Balance(onHand with { Status = StockStatus.OnHand, Reference = null }) - Balance(onHand with { Status = StockStatus.PendingOut, Reference = null });
    }

    /// <summary>On hand + pending in − pending out for one owner, item and lot, across locations.</summary>
    public long Available(AvailabilityKey key)
    {
        long total = 0;
        foreach (var (stockKey, quantity) in _balances.Where(b => AvailabilityKey.Of(b.Key) == key))
        {
            total += stockKey.Status switch
            {
                StockStatus.OnHand or StockStatus.PendingIn => quantity,
                StockStatus.PendingOut => -quantity,
                _ => 0,
            };
        }

        return total;
    }

    private long Quantity(StockKey key, Dictionary<StockKey, long> overrides) =>
        overrides.TryGetValue(key, out var pending) ? pending : Balance(key);
}
