using Logistics.Application.Events;
using Logistics.Application.Outbound;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;
using Logistics.Domain.Returns;

namespace Logistics.Application.Returns;

/// <summary>
/// Opens the return a failed delivery brings back: origin <see cref="ReturnOrigin.FailedDelivery"/>, number
/// <c>FD-{shipment}</c>, one line per content of the shipment (SKU, lot, units) with the carrier's reason. The order's
/// delivery step creates it in the same batch as the failed shipment, so the two never exist apart.
/// </summary>
/// <remarks>
/// The shipment's units stay where the ledger has them, in transit held for the order, until the floor scans them at
/// the returns area: each scan moves them into the returns area (<see cref="ReturnMovements.Received"/>), and whatever
/// never comes back is written off in transit when the receipt closes. Until then they are in neither the warehouse's
/// stock nor available, exactly as while the carrier had them.
/// </remarks>
public static class FailedDeliveryReturns
{
    /// <summary>The return of <paramref name="shipment"/> of <paramref name="order"/> and its accepted event.</summary>
    public static (ReturnDocument Return, WarehouseEvent Accepted) Open(OrderDocument order, ShipmentRecord shipment, DeliveryFailureReason failure, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(shipment);
        var number = ReturnNumber.ForFailedDelivery(shipment.ShipmentId);
        var returnId = ReturnIds.For(OwnerId.Parse(order.OwnerId), number);
        var reason = failure switch
        {
            DeliveryFailureReason.Refused => ReturnReason.Refused,
            DeliveryFailureReason.Damaged => ReturnReason.Damaged,
            _ => ReturnReason.Undeliverable,
        };
        var document = new ReturnDocument
        {
            Id = ReturnDocument.IdOf(returnId),
            OwnerId = order.OwnerId,
            ReturnId = returnId,
            ReturnNumber = number.Value,
            Origin = ReturnOrigin.FailedDelivery,
            SourceFormat = "failedDelivery",
            Fingerprint = string.Empty,
            OriginalOrderNumber = order.OrderNumber,
            OrderId = order.OrderId,
            ShipmentId = shipment.ShipmentId,
            Lines = [.. shipment.Contents.Select((c, i) => new ReturnLineRecord(i + 1, c.Sku, c.Lot, c.Units, reason, null,
                $"delivery failed: {failure}", order.OrderNumber, c.Units, "EA"))],
            AcceptedAt = now,
            Progress = ReturnProgress.AwaitingArrival,
        };
        document = document with { Fingerprint = Intake.ReturnFingerprint.Of(document) };
        return (document, new WarehouseEvent($"{returnId}/accepted", EventTypes.ReturnNoticeAccepted, order.OwnerId, returnId, now, Intake.ReturnIntake.Accepted(document)));
    }
}
