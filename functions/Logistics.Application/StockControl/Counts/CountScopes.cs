namespace Logistics.Application.StockControl.Counts;

/// <summary>What a count covers.</summary>
public static class CountScopes
{
    /// <summary>A cycle count of every location of one zone that holds the owner's stock.</summary>
    public const string Zone = "zone";

    /// <summary>A cycle count of one item at every location that holds it.</summary>
    public const string Item = "item";

    /// <summary>
    /// The daily count: every storage location where the owner's stock moved during one business day (a count of what the
    /// day touched, where errors are made).
    /// </summary>
    public const string Daily = "daily";

    /// <summary>Every scope.</summary>
    public static IReadOnlyList<string> All { get; } = [Zone, Item, Daily];
}
