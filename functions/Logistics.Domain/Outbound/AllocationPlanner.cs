namespace Logistics.Domain.Outbound;

/// <summary>Chooses the stock an order line draws from: FEFO for expiry-controlled items, FIFO by receipt otherwise.</summary>
/// <remarks>
/// <para>
/// Only candidates with free stock count. A line that names a lot takes that lot only. Expired lots never allocate, and a
/// line with a minimum shelf life takes only lots good for that many days after <c>today</c>; a lot of unknown expiry
/// cannot prove it is, so it does not qualify either.
/// </para>
/// <para>
/// Order: expiry-controlled items by expiry, then by first receipt; other items by first receipt. Unknown dates go last,
/// so stock whose age is known leaves first. Within one lot the location holding the least free stock goes first: it
/// empties partly used locations, which frees space for putaway. The location code breaks ties so that a plan is
/// reproducible.
/// </para>
/// </remarks>
public static class AllocationPlanner
{
    /// <summary>The reservations that cover as much of <paramref name="demand"/> as the candidates allow, in pick order.</summary>
    public static IReadOnlyList<Reservation> Plan(AllocationDemand demand, IEnumerable<StockCandidate> candidates, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(candidates);
        var eligible = candidates.Where(c => c.Free > 0 && IsEligible(demand, c, today));
        var ordered = demand.ExpiryControlled
            ? eligible.OrderBy(c => c.Expiry ?? DateOnly.MaxValue).ThenBy(c => c.ReceivedAt ?? DateTimeOffset.MaxValue)
            : eligible.OrderBy(c => c.ReceivedAt ?? DateTimeOffset.MaxValue);
        var reservations = new List<Reservation>();
        var remaining = (long)demand.Units;
        foreach (var candidate in ordered.ThenBy(c => c.Lot?.Value, StringComparer.Ordinal).ThenBy(c => c.Free).ThenBy(c => c.Location.Value, StringComparer.Ordinal))
        {
            if (remaining == 0)
            {
                break;
            }

            var take = Math.Min(remaining, candidate.Free);
            reservations.Add(new Reservation(candidate.Location, candidate.Lot, checked((int)take)));
            remaining -= take;
        }

        return reservations;
    }

    private static bool IsEligible(AllocationDemand demand, StockCandidate candidate, DateOnly today)
    {
        if (demand.Lot is { } lot && candidate.Lot != lot)
        {
            return false;
        }

        if (candidate.Expiry is { } expiry && expiry < today)
        {
            return false;
        }

        return demand.MinimumShelfLifeDays is not { } days || (candidate.Expiry is { } good && good >= today.AddDays(days));
    }
}
