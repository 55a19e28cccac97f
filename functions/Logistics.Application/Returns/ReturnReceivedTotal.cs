using Logistics.Domain.Returns;

namespace Logistics.Application.Returns;

/// <summary>Units scanned of one SKU, lot and condition.</summary>
/// <param name="Sku">The owner's SKU.</param>
/// <param name="Lot">The lot, or null.</param>
/// <param name="Condition">As the floor found them.</param>
/// <param name="Units">Eaches.</param>
/// <param name="FromTransit">Of those, units that came back from a failed delivery's in-transit stock.</param>
public sealed record ReturnReceivedTotal(string Sku, string? Lot, ReturnCondition Condition, long Units, long FromTransit)
{
    /// <summary>The totals with <paramref name="scan"/> added.</summary>
    public static IReadOnlyList<ReturnReceivedTotal> Add(IReadOnlyList<ReturnReceivedTotal> totals, ReturnScanDocument scan)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(scan);
        var found = false;
        var added = totals.Select(t =>
        {
            if (t.Sku != scan.Sku || t.Lot != scan.Lot || t.Condition != scan.Condition)
            {
                return t;
            }

            found = true;
            return t with { Units = t.Units + scan.Units, FromTransit = t.FromTransit + scan.FromTransit };
        }).ToList();
        return found ? added : [.. added, new ReturnReceivedTotal(scan.Sku, scan.Lot, scan.Condition, scan.Units, scan.FromTransit)];
    }
}
