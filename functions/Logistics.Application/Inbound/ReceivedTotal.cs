using Logistics.Domain.Inbound;

namespace Logistics.Application.Inbound;

/// <summary>
/// Everything scanned so far of one item, lot, expiry and condition on a notice. The notice keeps these totals rather
/// than its scans, so it grows with what arrived, not with how often the floor scanned it; the receipt is computed
/// from them (the receipt calculation is additive per item, lot and condition).
/// </summary>
/// <param name="Sku">The owner's SKU, or null for an unknown code.</param>
/// <param name="UnknownCode">The code scanned when no item matched.</param>
/// <param name="Lot">The lot read, if any.</param>
/// <param name="Expiry">The expiry read, if any.</param>
/// <param name="Condition">Good or damaged.</param>
/// <param name="Quantity">Units.</param>
/// <param name="Scans">How many scans made up the total.</param>
public sealed record ReceivedTotal(string? Sku, string? UnknownCode, string? Lot, DateOnly? Expiry, ItemCondition Condition, int Quantity, int Scans)
{
    /// <summary>True when <paramref name="scan"/> adds to this total.</summary>
    public bool Matches(ScanRecord scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return Sku == scan.Sku && UnknownCode == scan.UnknownCode && Lot == scan.Lot && Expiry == scan.Expiry && Condition == scan.Condition;
    }

    /// <summary>The totals with <paramref name="scan"/> added.</summary>
    public static IReadOnlyList<ReceivedTotal> Add(IReadOnlyList<ReceivedTotal> totals, ScanRecord scan)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(scan);
        var index = totals.ToList().FindIndex(t => t.Matches(scan));
        if (index < 0)
        {
            return [.. totals, new ReceivedTotal(scan.Sku, scan.UnknownCode, scan.Lot, scan.Expiry, scan.Condition, scan.Quantity, 1)];
        }

        var updated = totals.ToList();
        updated[index] = totals[index] with { Quantity = checked(totals[index].Quantity + scan.Quantity), Scans = totals[index].Scans + 1 };
        return updated;
    }
}
