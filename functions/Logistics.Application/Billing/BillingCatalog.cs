namespace Logistics.Application.Billing;

/// <summary>
/// The services a rate card may price and the bases each is counted in. Names are the wire names of rate cards and
/// charge lines; a rate card naming anything else is refused, so a typo cannot leave a service silently unpriced.
/// </summary>
public static class BillingCatalog
{
    /// <summary>Receiving: per unit, line, carton (units over the item's case quantity) or pallet.</summary>
    public const string Receiving = "receiving";

    /// <summary>Putaway: per unit.</summary>
    public const string Putaway = "putaway";

    /// <summary>Storage: per unit-day and per location-day, from the daily snapshot.</summary>
    public const string Storage = "storage";

    /// <summary>Picking: per order, line or unit.</summary>
    public const string Picking = "picking";

    /// <summary>Packing: per order or carton.</summary>
    public const string Packing = "packing";

    /// <summary>Value-added work (kitting, labelling): per job or unit.</summary>
    public const string ValueAddedWork = "valueAddedWork";

    /// <summary>Shipping handling: per shipment, carton or kg.</summary>
    public const string ShippingHandling = "shippingHandling";

    /// <summary>Returns processing (owners' returns and failed deliveries, when their receipt closes): per unit received or per return.</summary>
    public const string ReturnsProcessing = "returnsProcessing";

    /// <summary>Surcharge for humidity-controlled items: per unit received, picked and per unit-day stored.</summary>
    public const string HumidityControlled = "humidityControlled";

    /// <summary>Surcharge for magnetic-media items: per unit received, picked and per unit-day stored.</summary>
    public const string MagneticMedia = "magneticMedia";

    /// <summary>The monthly minimum: the statement is topped up to this amount.</summary>
    public const string Minimum = "minimum";

    /// <summary>The bases of each service.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Bases { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Receiving] = ["unit", "line", "carton", "pallet"],
        [Putaway] = ["unit"],
        [Storage] = ["unitDay", "locationDay"],
        [Picking] = ["order", "line", "unit"],
        [Packing] = ["order", "carton"],
        [ValueAddedWork] = ["job", "unit"],
        [ShippingHandling] = ["shipment", "carton", "kg"],
        [ReturnsProcessing] = ["unit", "return"],
        [HumidityControlled] = ["unitReceived", "unitPicked", "unitDay"],
        [MagneticMedia] = ["unitReceived", "unitPicked", "unitDay"],
        [Minimum] = ["month"],
    };
}
