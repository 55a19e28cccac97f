using Logistics.Edi.Inbound;

namespace Logistics.Edi.Returns;

/// <summary>
/// Names of a return notice's fields as JSON pointers (<c>/returnNumber</c>, <c>/pickup/city</c>, <c>/lines/2/reason</c>):
/// the JSON form reports faults at them, and an X12 180 records at them where each value was read
/// (<see cref="ReturnNoticeDocument.Sources"/>), so a fault the intake finds later (an unknown SKU, a lot the item does
/// not carry) is reported at its segment and element. Line pointers are built with <see cref="NoticeFields.Pointer"/>.
/// </summary>
public static class ReturnFields
{
    /// <summary>The return authorization number (BGN02).</summary>
    public const string ReturnNumber = "returnNumber";

    /// <summary>The declared purpose (BGN01).</summary>
    public const string Purpose = NoticeFields.Purpose;

    /// <summary>The day the goods are expected back (DTM).</summary>
    public const string ExpectedDate = NoticeFields.ExpectedDate;

    /// <summary>Who sends the goods back (N1*SF, else SH, SN, BY; see X12Profiles.md).</summary>
    public const string ReturnFrom = "returnFrom";

    /// <summary>Where the center collects the goods (N1*PW, pick-up address).</summary>
    public const string Pickup = "pickup";

    /// <summary>The supplier goods are returned to (N1*SU, else VN vendor, else MF manufacturer).</summary>
    public const string Supplier = "supplier";

    /// <summary>A line's number (LX01).</summary>
    public const string LineNumber = "lineNumber";

    /// <summary>A line's item; its ids are located one by one (<see cref="ItemReference.Location"/>).</summary>
    public const string Sku = NoticeFields.Sku;

    /// <summary>A line's quantity.</summary>
    public const string Quantity = NoticeFields.Quantity;

    /// <summary>A line's unit.</summary>
    public const string Unit = NoticeFields.Unit;

    /// <summary>A line's lot (N9*LT).</summary>
    public const string Lot = NoticeFields.Lot;

    /// <summary>A line's return reason code.</summary>
    public const string Reason = "reason";

    /// <summary>A line's return reason in the partner's words.</summary>
    public const string ReasonText = "reasonText";

    /// <summary>What the owner asks to be done with the line's goods.</summary>
    public const string RequestedDisposition = "requestedDisposition";

    /// <summary>The outbound order the line's goods left on.</summary>
    public const string OriginalOrderNumber = "originalOrderNumber";

    /// <summary>The pointer of a party's field, e.g. <c>/pickup/city</c>.</summary>
    public static string PartyField(string party, string field) => $"/{party}/{field}";
}
