namespace Logistics.Application.Reports;

/// <summary>An owner SKU and lot: the grain of every report line.</summary>
internal readonly record struct StockLineKey(string Sku, string? Lot) : IComparable<StockLineKey>
{
    /// <summary>Ordinal by SKU, then by lot with no lot first, so every report lists its lines in the same order.</summary>
    public int CompareTo(StockLineKey other)
    {
        var bySku = string.CompareOrdinal(Sku, other.Sku);
        return bySku != 0 ? bySku : string.CompareOrdinal(Lot, other.Lot);
    }
}
