namespace Logistics.Domain.Locations;

/// <summary>The area of the warehouse a location belongs to; the zone says what stock there may be used for.</summary>
public enum Zone
{
    /// <summary>Dock area where inbound goods are counted.</summary>
    Receiving,

    /// <summary>Racks and shelves for available stock.</summary>
    Storage,

    /// <summary>Goods that go straight from inbound to outbound.</summary>
    CrossDock,

    /// <summary>Doubtful goods waiting for the owner's decision.</summary>
    Pending,

    /// <summary>Returned goods waiting for inspection.</summary>
    Returns,

    /// <summary>Value-added work (labelling, kitting, shrink-wrapping).</summary>
    Processing,

    /// <summary>Packed goods waiting for the carrier.</summary>
    Shipping,

    /// <summary>Goods to be destroyed.</summary>
    Scrap,
}
