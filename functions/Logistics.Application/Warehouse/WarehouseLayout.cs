using Logistics.Domain.Items;
using Logistics.Domain.Locations;

namespace Logistics.Application.Warehouse;

/// <summary>The seeded floor plan: receiving dock, storage racks with capacities and handling flags, and the work areas.</summary>
/// <remarks>A configuration class rather than documents: the layout changes with construction work, not at run time.</remarks>
public sealed class WarehouseLayout
{
    private readonly Dictionary<LocationCode, Location> _byCode;

    public WarehouseLayout(IEnumerable<Location> locations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        Locations = [.. locations];
        _byCode = Locations.ToDictionary(l => l.Code);
        Dock = Single(Zone.Receiving);
        PendingArea = Single(Zone.Pending);
        Returns = Single(Zone.Returns);
        Shipping = Single(Zone.Shipping);
        Processing = Single(Zone.Processing);
        Scrap = Single(Zone.Scrap);
    }

    /// <summary>Every location.</summary>
    public IReadOnlyList<Location> Locations { get; }

    /// <summary>Where inbound goods are received.</summary>
    public LocationCode Dock { get; }

    /// <summary>Where doubtful goods wait for the owner's decision.</summary>
    public LocationCode PendingArea { get; }

    /// <summary>Where returned goods are received and inspected, and where goods wait to go back to the supplier.</summary>
    public LocationCode Returns { get; }

    /// <summary>Where picked goods are packed and wait for the carrier.</summary>
    public LocationCode Shipping { get; }

    /// <summary>Where value-added work (split, kit, repack, label) is done.</summary>
    public LocationCode Processing { get; }

    /// <summary>Where goods to be destroyed wait for disposal.</summary>
    public LocationCode Scrap { get; }

    /// <summary>Storage locations (putaway targets).</summary>
    public IEnumerable<Location> Storage => Locations.Where(l => l.Zone == Zone.Storage);

    /// <summary>The default layout: one dock, twelve racks in three handling classes, and one of each work area.</summary>
    public static WarehouseLayout Default { get; } = new(
    [
        Location.Create(LocationCode.Parse("DOCK-01"), Zone.Receiving),
        .. Racks("A", 6, 500, HandlingFlags.None),
        .. Racks("B", 4, 300, HandlingFlags.Fragile | HandlingFlags.MagneticMedia),
        .. Racks("C", 2, 200, HandlingFlags.HumidityControlled | HandlingFlags.Fragile),
        Location.Create(LocationCode.Parse("PEND-01"), Zone.Pending),
        Location.Create(LocationCode.Parse("RET-01"), Zone.Returns),
        Location.Create(LocationCode.Parse("PROC-01"), Zone.Processing),
        Location.Create(LocationCode.Parse("SHIP-01"), Zone.Shipping),
        Location.Create(LocationCode.Parse("SCRP-01"), Zone.Scrap),
    ]);

    /// <summary>The location with <paramref name="code"/>, or null.</summary>
    public Location? Find(LocationCode code) => _byCode.GetValueOrDefault(code);

    private LocationCode Single(Zone zone) =>
        Locations.FirstOrDefault(l => l.Zone == zone)?.Code ?? throw new ArgumentException($"The layout needs a {zone} location.");

    private static IEnumerable<Location> Racks(string aisle, int count, int capacity, HandlingFlags flags) =>
        Enumerable.Range(1, count).Select(i => Location.Create(
            LocationCode.Parse($"{aisle}-01-{i:00}"), Zone.Storage, capacity, flags));
}
