namespace Logistics.Domain.Returns;

/// <summary>Why goods come back to the center, as the owner's return notice states it per line.</summary>
public enum ReturnReason
{
    /// <summary>The consignee refused the goods on delivery.</summary>
    Refused,

    /// <summary>The wrong item was shipped or ordered.</summary>
    WrongItem,

    /// <summary>Unsold goods coming back from a retailer (sale or return).</summary>
    Unsold,

    /// <summary>The goods are past or near their expiry.</summary>
    Expired,

    /// <summary>The goods were damaged or are defective.</summary>
    Damaged,

    /// <summary>The carrier could not deliver (address unknown, not collected); failed deliveries come back with it.</summary>
    Undeliverable,

    /// <summary>Any other reason the partner gave.</summary>
    Other,
}
