using Logistics.Application.Items;
using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;
using Logistics.Edi.Inbound;
using Logistics.Edi.Outbound;
using Logistics.Edi.X12;

namespace Logistics.Application.Outbound.Intake;

/// <summary>
/// Describes an order read from any format (<see cref="OutboundOrderDocument"/>) as the stored order the intake takes
/// (<see cref="OrderIntake.AcceptAsync"/>): the format adapters' common last step.
/// </summary>
/// <remarks>
/// What <see cref="OrderDocument"/> has no place for is left out: the bill-to, the sender's shipment id, further
/// references, the ship-not-before date, a party's id, additional names and e-mail, and the carrier's transportation
/// method. Stage, fingerprint and acceptance time are the intake's to set.
/// </remarks>
public static class OrderDrafts
{
    /// <summary>The order draft of <paramref name="document"/>, whose lines <see cref="OrderRules"/> resolved.</summary>
    /// <param name="ownerId">The publisher.</param>
    /// <param name="document">The checked order (<see cref="OrderCheck.Document"/>).</param>
    /// <param name="items">The items of its lines, by SKU (<see cref="OrderCheck.Items"/>), whose case quantities convert cases to eaches.</param>
    /// <param name="sender">The interchange header of an X12 order, which addresses the 945; <c>null</c> for JSON.</param>
    /// <exception cref="InvalidOperationException">A line's SKU was not resolved.</exception>
    /// <exception cref="KeyNotFoundException">A line's item is not in <paramref name="items"/>.</exception>
    public static OrderDocument Describe(string ownerId, OutboundOrderDocument document, IReadOnlyDictionary<string, ItemDocument> items, X12InterchangeHeader? sender)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(items);
        var owner = OwnerId.Parse(ownerId);
        var orderId = OrderIds.For(owner, document.OrderNumber);
        return new OrderDocument
        {
            Id = OrderDocument.IdOf(orderId),
            OwnerId = owner.Value,
            OrderId = orderId,
            OrderNumber = document.OrderNumber.Value,
            SourceFormat = document.SourceFormat == OrderFormat.Edi940 ? "940" : "json",
            Fingerprint = string.Empty,
            Policy = document.Policy ?? ShippingPolicy.ShipPartial,
            PurchaseOrder = document.PurchaseOrder,
            ShipTo = ToRecord(document.ShipTo),
            ShipFrom = document.ShipFrom is { } shipFrom ? ToRecord(shipFrom) : null,
            ShipNotBefore = document.ShipNotBefore,
            ShipBy = document.ShipBy,
            DeliverBy = document.DeliverBy,
            Carrier = document.Carrier?.Scac,
            Service = document.Carrier?.Service,
            Notes = document.Notes,
            Lines = [.. document.Lines.Select(l => ToRecord(l, items[l.Sku.Value]))],

            // Any value: the intake stamps a new order and keeps an existing one's.
            AcceptedAt = default,
            X12Qualifier = sender?.SenderQualifier,
            X12SenderId = sender?.SenderId,
            X12Version = sender?.Version,
            X12UsageIndicator = sender?.UsageIndicator,
        };
    }

    private static ShipToRecord ToRecord(Party party) =>
        new(party.Name, party.AddressLines, party.City, party.Region, party.PostalCode, party.Country, party.Contact?.Name, party.Contact?.Phone);

    private static OrderLineRecord ToRecord(OutboundOrderDocumentLine line, ItemDocument item)
    {
        // The rules held every line to the limits in eaches, so the product fits.
        var units = line.Unit == UnitOfMeasure.Case ? checked(line.Quantity.Units * item.CaseQuantity) : line.Quantity.Units;
        return new OrderLineRecord(
            line.LineNumber, line.Sku.Value, units, line.Lot?.Value, line.MinimumShelfLifeDays, line.Description, line.Quantity.Units, X12UnitCodes.ToCode(line.Unit));
    }
}
