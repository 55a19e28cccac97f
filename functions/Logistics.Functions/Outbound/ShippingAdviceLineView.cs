namespace Logistics.Functions.Outbound;

/// <summary>One line of a shipping advice: ordered (still open when the shipment left), shipped and the 945 status code.</summary>
public sealed record ShippingAdviceLineView(int LineNumber, string Sku, int Ordered, int Shipped, string Status, IReadOnlyList<ShippedLotView> Lots);
