namespace Logistics.Domain.Returns;

/// <summary>How a return came to the center.</summary>
public enum ReturnOrigin
{
    /// <summary>The owner announced it with a return notice (X12 180 or JSON); the goods need not have left this center.</summary>
    OwnerNotice,

    /// <summary>A shipment of this center's outbound flow could not be delivered and the carrier brings it back.</summary>
    FailedDelivery,
}
