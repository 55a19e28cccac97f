using Logistics.Domain.Common;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Counting;

/// <summary>
/// What posting one counted location does to the ledger: the variances against what the ledger held when the count was
/// recorded, and the movements that make the ledger agree with the count. Pure and deterministic.
/// </summary>
/// <remarks>
/// <para>
/// Expected is on hand + on hold: units a short pick put on hold are still the ledger's, and the count settles them. Every
/// on-hold unit goes back to on hand (a transfer), then one <see cref="MovementType.Adjustment"/> on on hand adds the gain or
/// takes the loss. So units found are usable again, and units not found are written off; on hand afterwards is exactly what
/// was counted.
/// </para>
/// <para>
/// Ids derive from the source (the count) and the step (the task) with the line's ordinal in
/// the sorted union of expected and counted lines, so a repeated post produces the same ids.
/// </para>
/// </remarks>
public static class CountSettlement
{
    /// <summary>The variances and movements of one counted location.</summary>
    /// <exception cref="DomainException">A line is listed twice, or a count is negative.</exception>
    public static (IReadOnlyList<CountVariance> Variances, IReadOnlyList<StockMovement> Movements) Settle(
        string source, string step, OwnerId owner, LocationCode location, IReadOnlyList<ExpectedStock> expected, IReadOnlyList<CountedStock> counted, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(counted);
        var before = Unique(expected, e => (e.Sku, e.Lot), "expected");
        var found = Unique(counted, c => (c.Sku, c.Lot), "counted");
        if (counted.FirstOrDefault(c => c.Units < 0) is { } negative)
        {
            throw new DomainException($"Counted units of {negative.Sku} cannot be negative ({negative.Units}).");
        }

        var keys = before.Keys.Union(found.Keys).OrderBy(k => k.Item1.Value, StringComparer.Ordinal).ThenBy(k => k.Item2?.Value, StringComparer.Ordinal).ToList();
        var variances = new List<CountVariance>();
        var movements = new List<StockMovement>();
        for (var i = 0; i < keys.Count; i++)
        {
            var (sku, lot) = keys[i];
            var held = before.GetValueOrDefault(keys[i]);
            var units = found.GetValueOrDefault(keys[i])?.Units ?? 0;
            var onHand = new StockKey(owner, sku, lot, location, StockStatus.OnHand);
            var line = $"{step}-{i + 1}";
            if (held?.OnHold is > 0)
            {
                movements.AddRange(StockMovement.Transfer(source, line + "-hold", onHand with { Status = StockStatus.OnHold }, onHand, Quantity.Of(checked((int)held.OnHold)), MovementType.Adjustment, at));
            }

            var variance = new CountVariance(sku, lot, held?.Units ?? 0, units);
            if (variance.Variance != 0)
            {
                variances.Add(variance);
                movements.Add(new StockMovement(MovementId.For(source, line, "adjust"), onHand, variance.Variance, MovementType.Adjustment, at, source));
            }
        }

        return (variances, movements);
    }

    private static Dictionary<(Sku, LotNumber?), T> Unique<T>(IReadOnlyList<T> lines, Func<T, (Sku, LotNumber?)> key, string what)
    {
        var unique = new Dictionary<(Sku, LotNumber?), T>();
        foreach (var line in lines)
        {
            if (!unique.TryAdd(key(line), line))
            {
                throw new DomainException($"{key(line).Item1} lot {key(line).Item2?.Value ?? "(none)"} is listed twice in the {what} stock.");
            }
        }

        return unique;
    }
}
