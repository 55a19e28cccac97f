using Logistics.Domain.Outbound;
using Logistics.Edi.Outbound;

namespace Logistics.Edi.Shipping;

/// <summary>The content of a 945 Warehouse Shipping Advice: one shipment of one order, handed to a carrier.</summary>
/// <param name="OrderNumber">The owner's order number, W0602 (the 940's W0502).</param>
/// <param name="ShipmentId">Our shipment id, W0604.</param>
/// <param name="ShippedOn">The warehouse-local day the carrier took the goods, W0603 and G62*11.</param>
/// <param name="Depositor">The owner id as the depositor name, N1*DE.</param>
/// <param name="ShipTo">Where the goods go, N1*ST loop (from the order).</param>
/// <param name="Carrier">Who carries them, W27 (W2701 its transportation method, default M; W2702 SCAC; W2703 service).</param>
/// <param name="Lines">One per order line, in order.</param>
public sealed record ShippingAdvice(
    OrderNumber OrderNumber, string ShipmentId, DateOnly ShippedOn, string Depositor, Party ShipTo, Carrier Carrier, IReadOnlyList<ShippingAdviceLine> Lines)
{
    /// <summary>The consignee's purchase order number from the order, W0606; omitted when the order had none.</summary>
    public string? PurchaseOrder { get; init; }

    /// <summary>The bill of lading number, N9*BM.</summary>
    public string? BillOfLading { get; init; }

    /// <summary>The carrier's tracking (PRO) number, N9*CN.</summary>
    public string? TrackingNumber { get; init; }

    /// <summary>Cartons handed over, W0306 with W0307 CT.</summary>
    public int? Cartons { get; init; }

    /// <summary>Gross weight in kilograms, W0302 with W0303 KG.</summary>
    public decimal? WeightKg { get; init; }
}
