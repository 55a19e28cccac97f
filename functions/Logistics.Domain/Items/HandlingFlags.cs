namespace Logistics.Domain.Items;

/// <summary>Storage needs of an item; a location must allow every flag an item carries.</summary>
[Flags]
public enum HandlingFlags
{
    /// <summary>No special handling.</summary>
    None = 0,

    /// <summary>Paper and books that must stay in a humidity-controlled area.</summary>
    HumidityControlled = 1,

    /// <summary>Tapes and disks that must be kept away from magnets and motors.</summary>
    MagneticMedia = 2,

    /// <summary>Breakable goods: no high shelves, no heavy stacking.</summary>
    Fragile = 4,

    /// <summary>Dangerous goods that need a certified area.</summary>
    Hazmat = 8,
}
