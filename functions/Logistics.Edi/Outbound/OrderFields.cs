using Logistics.Edi.Inbound;

namespace Logistics.Edi.Outbound;

/// <summary>
/// Names of an order's fields as JSON pointers (<c>/shipBy</c>, <c>/shipTo/city</c>, <c>/lines/2/quantity</c>): the JSON
/// form reports faults at them, and an X12 order records at them where each value was read
/// (<see cref="OutboundOrderDocument.Sources"/>), in the same form as a notice's (<see cref="NoticeFields"/>).
/// </summary>
public static class OrderFields
{
    /// <summary>The order number (W0502).</summary>
    public const string OrderNumber = "orderNumber";

    /// <summary>The declared purpose (W0501).</summary>
    public const string Purpose = "purpose";

    /// <summary>The purchase order number (W0503).</summary>
    public const string PurchaseOrder = "purchaseOrder";

    /// <summary>The sender's shipment reference (W0505).</summary>
    public const string ShipmentId = "shipmentId";

    /// <summary>The shipping policy (JSON only).</summary>
    public const string ShippingPolicy = "shippingPolicy";

    /// <summary>The ship-to party (N1*ST); its own fields are <see cref="PartyField"/> pointers below it.</summary>
    public const string ShipTo = "shipTo";

    /// <summary>The ship-from party (N1*SF).</summary>
    public const string ShipFrom = "shipFrom";

    /// <summary>The bill-to party (N1*BT).</summary>
    public const string BillTo = "billTo";

    /// <summary>The latest ship date (G62 38 or 10).</summary>
    public const string ShipBy = "shipBy";

    /// <summary>The latest delivery date (G62 54 or 02).</summary>
    public const string DeliverBy = "deliverBy";

    /// <summary>The earliest ship date (G62 37).</summary>
    public const string ShipNotBefore = "shipNotBefore";

    /// <summary>The carrier (W66); <c>/carrier/scac</c> is W6610, <c>/carrier/service</c> W6605.</summary>
    public const string Carrier = "carrier";

    /// <summary>The order total (W7601), X12 only.</summary>
    public const string Total = "total";

    /// <summary>A line's item (its ids are located one by one, see <see cref="ItemReference.Location"/>).</summary>
    public const string Sku = NoticeFields.Sku;

    /// <summary>A line's quantity (W0101).</summary>
    public const string Quantity = NoticeFields.Quantity;

    /// <summary>A line's unit (W0102).</summary>
    public const string Unit = NoticeFields.Unit;

    /// <summary>A line's requested lot (N9*LT after the W01, else W0113).</summary>
    public const string Lot = NoticeFields.Lot;

    /// <summary>A line's number (LX01; JSON lineNumber).</summary>
    public const string LineNumber = "lineNumber";

    /// <summary>A line's minimum remaining shelf life in days (JSON only).</summary>
    public const string MinimumShelfLifeDays = "minimumShelfLifeDays";

    /// <summary>A line's description (G6901).</summary>
    public const string Description = "description";

    /// <summary>The pointer of a header field, or of a line's field when <paramref name="lineIndex"/> is given.</summary>
    public static string Pointer(int? lineIndex, string field) => NoticeFields.Pointer(lineIndex, field);

    /// <summary>The pointer of a whole line, where an X12 order records the W01 that carries it.</summary>
    public static string Line(int lineIndex) => NoticeFields.Line(lineIndex);

    /// <summary>The pointer of a party's field, e.g. <c>/shipTo/country</c> (N404).</summary>
    public static string PartyField(string party, string field) => $"/{party}/{field}";
}
