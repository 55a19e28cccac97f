using Logistics.Application.Outbound;

namespace Logistics.Functions.Outbound;

/// <summary>One shipment's 945 shipping advice as JSON: what left, by line and lot, with carrier and tracking number.</summary>
public sealed record ShippingAdviceView(
    string OrderId, string OrderNumber, string ShipmentId, DateOnly ShippedOn, string Carrier, string? Service, string TrackingNumber,
    int Cartons, decimal? WeightKg, IReadOnlyList<ShippingAdviceLineView> Lines)
{
    /// <summary>The advice of <paramref name="shipment"/>, with the same content as its X12 form (<paramref name="shippedOn"/> is the warehouse's date).</summary>
    public static ShippingAdviceView From(OrderDocument order, ShipmentRecord shipment, DateOnly shippedOn)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(shipment);
        var advice = ShippingAdvices.ToAdvice(order, shipment, shippedOn);
        return new ShippingAdviceView(order.OrderId, order.OrderNumber, shipment.ShipmentId, advice.ShippedOn, shipment.Carrier, shipment.Service,
            shipment.TrackingNumber, advice.Cartons ?? 0, advice.WeightKg,
            [.. advice.Lines.Select(l => new ShippingAdviceLineView(l.LineNumber, l.Sku.Value, l.Ordered, l.Shipped, l.StatusCode,
                [.. l.Lots.Select(lot => new ShippedLotView(lot.Lot?.Value, lot.Units))]))]);
    }
}
