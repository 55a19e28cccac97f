namespace Logistics.Application.StockControl.Counts;

/// <summary>One variance a posted count adjusted.</summary>
/// <param name="TaskNumber">The count task (location) it was found at.</param>
/// <param name="Location">The location.</param>
/// <param name="Sku">The owner's item.</param>
/// <param name="Lot">The lot, or null.</param>
/// <param name="Expected">On hand + on hold when the count was recorded.</param>
/// <param name="Counted">Units found.</param>
/// <param name="Variance">Counted − expected.</param>
/// <param name="Reason"><c>countGain</c> or <c>countLoss</c>.</param>
/// <param name="UncoveredReservations">
/// Units still reserved for orders at the location beyond what was found (pending out − counted, when positive): those
/// orders' picks will come up short there and be allocated elsewhere; reported here and in the event so they are seen.
/// </param>
public sealed record CountVarianceRecord(int TaskNumber, string Location, string Sku, string? Lot, long Expected, long Counted, long Variance, string Reason, long UncoveredReservations);
