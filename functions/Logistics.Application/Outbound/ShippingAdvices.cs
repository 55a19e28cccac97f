using Logistics.Application.Partners;
using Logistics.Application.Warehouse;
using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Edi.Outbound;
using Logistics.Edi.Shipping;

namespace Logistics.Application.Outbound;

/// <summary>Writes the 945 shipping advice of a shipment, in the owner's X12 terms, when the carrier takes it.</summary>
/// <remarks>
/// One advice per shipment: every order line appears with what this shipment carries of it (by lot), what was ordered,
/// and the status of the rest (backordered, or cancelled). Its control number comes from the owner's counter
/// (<see cref="ControlNumbers"/>); its envelope answers in the sender's X12 version and test or production indicator, as
/// the 944 does. The advice is stored on the shipment, so it is written once.
/// </remarks>
public sealed class ShippingAdvices(ControlNumbers controlNumbers, AdviceAddress address, BusinessCalendar calendar)
{
    /// <summary>The 945 text of <paramref name="shipment"/> of <paramref name="order"/> (the order as it stands after the handover).</summary>
    public async Task<string> WriteAsync(OrderDocument order, ShipmentRecord shipment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(shipment);
        var control = await controlNumbers.ReserveAsync(order.OwnerId, 1, cancellationToken);
        var (warehouse, owner, envelope) = address.For(
            order.OwnerId, order.X12Qualifier, order.X12SenderId, order.X12Version, order.X12UsageIndicator, control, shipment.HandedOverAt);
        return ShippingAdviceWriter.Write(ToAdvice(order, shipment, calendar.DateOf(shipment.HandedOverAt)), warehouse, owner, envelope);
    }

    /// <summary>The advice's content, also served as JSON.</summary>
    public static ShippingAdvice ToAdvice(OrderDocument order, ShipmentRecord shipment, DateOnly shippedOn)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(shipment);
        // Each advice speaks of what was still open when the shipment left: lines it carries, with the units not shipped
        // before as ordered, and lines nothing has shipped of yet (backordered or cancelled). Lines finished by earlier
        // shipments were reported in their advices.
        var carried = shipment.Contents.ToLookup(c => c.LineNumber);
        var before = order.Shipments.Where(s => s.ShipmentId != shipment.ShipmentId).SelectMany(s => s.Contents).ToLookup(c => c.LineNumber, c => c.Units);
        var backorders = order.Policy != ShippingPolicy.CancelUnavailable && order.CancelledAt is null;
        var lines = order.Lines
            .Select(l => (Line: l, Open: l.Units - before[l.LineNumber].Sum()))
            .Where(x => carried[x.Line.LineNumber].Any() || (x.Open == x.Line.Units && x.Open > 0))
            .Select(x => new ShippingAdviceLine(
                x.Line.LineNumber, Sku.Parse(x.Line.Sku), x.Open,
                [.. carried[x.Line.LineNumber].Select(c => new ShippedLot(c.Lot is null ? null : LotNumber.Parse(c.Lot), c.Units))])
            {
                Backordered = backorders && x.Line.Outstanding + x.Line.Allocated > 0,
            });
        return new ShippingAdvice(OrderNumber.Parse(order.OrderNumber), shipment.ShipmentId, shippedOn, order.OwnerId, ToParty(order.ShipTo),
            new Carrier(shipment.Carrier, shipment.Service), [.. lines])
        {
            PurchaseOrder = order.PurchaseOrder,
            TrackingNumber = shipment.TrackingNumber,
            Cartons = shipment.CartonIds.Count,
            WeightKg = order.Cartons.Where(c => c.ShipmentId == shipment.ShipmentId).Sum(c => c.WeightKg),
        };
    }

    private static Party ToParty(ShipToRecord shipTo) =>
        new(shipTo.Name, null, shipTo.AddressLines, shipTo.City, shipTo.Region, shipTo.PostalCode, shipTo.Country)
        {
            Contact = shipTo.Contact is null && shipTo.Phone is null ? null : new Contact(shipTo.Contact, shipTo.Phone, null),
        };
}
