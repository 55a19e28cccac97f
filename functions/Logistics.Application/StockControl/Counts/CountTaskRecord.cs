namespace Logistics.Application.StockControl.Counts;

/// <summary>One location of a count: the floor counts it blind (it sees the location, never the expected quantities).</summary>
/// <param name="TaskNumber">1, 2, … in location order.</param>
/// <param name="Location">The location to count.</param>
/// <param name="Status"><see cref="Open"/> until recorded, then <see cref="Counted"/>.</param>
/// <param name="Lines">What the counter found (empty: nothing).</param>
/// <param name="Expected">The ledger's stock there at the moment the count was recorded; posting compares against it.</param>
/// <param name="CountedAt">When it was recorded.</param>
public sealed record CountTaskRecord(int TaskNumber, string Location, string Status, IReadOnlyList<CountLineRecord> Lines, IReadOnlyList<ExpectedLineRecord> Expected, DateTimeOffset? CountedAt)
{
    /// <summary>Not counted yet.</summary>
    public const string Open = "Open";

    /// <summary>Counted.</summary>
    public const string Counted = "Counted";
}
