using Logistics.Domain.Common;
using Logistics.Domain.Items;

namespace Logistics.Domain.Locations;

/// <summary>A place stock can be: a shelf in storage, a dock lane, a pending cage.</summary>
public sealed record Location
{
    private Location(LocationCode code, Zone zone, int? capacityUnits, HandlingFlags allowedHandling)
    {
        Code = code;
        Zone = zone;
        CapacityUnits = capacityUnits;
        AllowedHandling = allowedHandling;
    }

    /// <summary>The location's label.</summary>
    public LocationCode Code { get; }

    /// <summary>The zone it belongs to.</summary>
    public Zone Zone { get; }

    /// <summary>Units it can hold; <c>null</c> for floor areas (receiving, pending) that are not planned by capacity.</summary>
    public int? CapacityUnits { get; }

    /// <summary>Handling needs this location can serve.</summary>
    public HandlingFlags AllowedHandling { get; }

    /// <summary>Creates a location; storage locations must declare a positive capacity because putaway plans by it.</summary>
    /// <exception cref="DomainException">Capacity is missing for storage or not positive.</exception>
    public static Location Create(LocationCode code, Zone zone, int? capacityUnits = null, HandlingFlags allowedHandling = HandlingFlags.None)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (zone == Zone.Storage && capacityUnits is null)
        {
            throw new DomainException($"Storage location {code} needs a capacity in units.");
        }

        if (capacityUnits is <= 0)
        {
            throw new DomainException($"Capacity of location {code} must be positive, was {capacityUnits}.");
        }

        return new Location(code, zone, capacityUnits, allowedHandling);
    }

    /// <summary>True when every flag the item needs is allowed here.</summary>
    public bool Accepts(HandlingFlags itemHandling) => (itemHandling & ~AllowedHandling) == HandlingFlags.None;
}
