using Logistics.Domain.Outbound;
using Logistics.Edi.X12;

namespace Logistics.Edi.Outbound;

/// <summary>An outbound order as read from any format (X12 940, JSON), validated field by field.</summary>
/// <param name="OrderNumber">The owner's order number (940 W0502 depositor order number, JSON orderNumber).</param>
/// <param name="SourceFormat">The format it came in.</param>
/// <param name="Action">Original, replacement or cancellation (940 W0501, JSON purpose).</param>
/// <param name="ShipTo">Where the goods go (940 N1*ST loop, JSON shipTo); always with a name, an address line and a city.</param>
/// <param name="Lines">The lines, in document order; empty only for a cancellation.</param>
public sealed record OutboundOrderDocument(
    OrderNumber OrderNumber, OrderFormat SourceFormat, OrderAction Action, Party ShipTo, IReadOnlyList<OutboundOrderDocumentLine> Lines)
{
    /// <summary>The consignee's purchase order number (W0503, JSON purchaseOrder), echoed in the 945's W0606.</summary>
    public string? PurchaseOrder { get; init; }

    /// <summary>The sender's own shipment or load reference (W0505 master reference, JSON shipmentId).</summary>
    public string? ShipmentId { get; init; }

    /// <summary>What to do when stock is short (JSON shippingPolicy); <c>null</c> takes the owner's default. A 940 has no standard place for it.</summary>
    public ShippingPolicy? Policy { get; init; }

    /// <summary>The party the goods ship on behalf of (N1*SF, JSON shipFrom), printed as the sender on labels; <c>null</c> when not given.</summary>
    public Party? ShipFrom { get; init; }

    /// <summary>Who pays the freight (N1*BT, JSON billTo); <c>null</c> when not given.</summary>
    public Party? BillTo { get; init; }

    /// <summary>The last day the order may leave the warehouse (G62 38 ship no later, else 10 requested ship; JSON shipBy).</summary>
    public DateOnly? ShipBy { get; init; }

    /// <summary>The last day the goods may arrive (G62 54 deliver no later, else 02 delivery requested; JSON deliverBy).</summary>
    public DateOnly? DeliverBy { get; init; }

    /// <summary>The first day the order may leave the warehouse (G62 37; JSON shipNotBefore): a future-dated order waits until then.</summary>
    public DateOnly? ShipNotBefore { get; init; }

    /// <summary>The carrier the owner asks for (W66, JSON carrier); <c>null</c> lets the warehouse choose.</summary>
    public Carrier? Carrier { get; init; }

    /// <summary>Free-text instructions (NTE02, JSON notes), in order.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Further references (heading N9, JSON references), in order.</summary>
    public IReadOnlyList<OrderReference> References { get; init; } = [];

    /// <summary>
    /// For an X12 order, where each value was read, by <see cref="OrderFields"/> pointer (<c>/shipBy</c>,
    /// <c>/shipTo/country</c>, <c>/lines/0/quantity</c>, <c>/lines/0</c> for the W01 carrying the line), so a fault found
    /// later is reported at its segment and element. Empty for JSON, whose faults are reported at the pointers themselves.
    /// </summary>
    public IReadOnlyDictionary<string, X12ElementLocation> Sources { get; init; } = new Dictionary<string, X12ElementLocation>();

    /// <summary>True when every line's SKU is known, so the document can become an order.</summary>
    public bool IsResolved => Lines.All(l => l.HasSku);
}
