namespace Logistics.Edi.Inbound;

/// <summary>
/// Names of a notice's fields as JSON pointers (<c>/expectedDate</c>, <c>/lines/2/quantity</c>): the JSON form reports
/// faults at them, and an X12 notice records at them where each value was read (<see cref="InboundNoticeDocument.Sources"/>).
/// </summary>
public static class NoticeFields
{
    /// <summary>The notice number (943 W0602, 856 BSN02).</summary>
    public const string NoticeNumber = "noticeNumber";

    /// <summary>The declared purpose (856 BSN01).</summary>
    public const string Purpose = "purpose";

    /// <summary>The expected date (the G62 or DTM it came from, else W0603 or BSN03).</summary>
    public const string ExpectedDate = "expectedDate";

    /// <summary>A line's item (its ids are located one by one, see <see cref="ItemReference.Location"/>).</summary>
    public const string Sku = "sku";

    /// <summary>A line's quantity (W0401, SN102).</summary>
    public const string Quantity = "quantity";

    /// <summary>A line's unit (W0402, SN103).</summary>
    public const string Unit = "unit";

    /// <summary>A line's lot (N9*LT, a LIN LT pair, REF*LT).</summary>
    public const string Lot = "lot";

    /// <summary>A line's expiry (G62*36, DTM*036).</summary>
    public const string Expiry = "expiry";

    /// <summary>The pointer of a header field, or of a line's field when <paramref name="lineIndex"/> is given.</summary>
    public static string Pointer(int? lineIndex, string field) => lineIndex is { } i ? $"{Line(i)}/{field}" : $"/{field}";

    /// <summary>The pointer of a whole line, where an X12 notice records the segment that opened it (W04, or the item's LIN).</summary>
    public static string Line(int lineIndex) => $"/lines/{lineIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
