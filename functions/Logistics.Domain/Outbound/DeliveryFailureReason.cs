namespace Logistics.Domain.Outbound;

/// <summary>Why a carrier could not deliver a shipment; the goods then come back as a return.</summary>
public enum DeliveryFailureReason
{
    /// <summary>The consignee refused the goods.</summary>
    Refused,

    /// <summary>The address could not be found or the consignee is unknown there.</summary>
    AddressUnknown,

    /// <summary>The goods were damaged on the way.</summary>
    Damaged,
}
