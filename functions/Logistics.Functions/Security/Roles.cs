namespace Logistics.Functions.Security;

/// <summary>Who a key belongs to. Stored in access records as these exact strings.</summary>
public static class Roles
{
    /// <summary>A goods owner, scoped to its own data.</summary>
    public const string Publisher = "publisher";

    /// <summary>Warehouse operations staff: manage publishers, keys and orchestrations.</summary>
    public const string Ops = "ops";

    /// <summary>Floor staff: receive, put away, pick and pack.</summary>
    public const string Floor = "floor";

    /// <summary>A carrier, scoped to its own SCAC: reports tracking events of the shipments it took.</summary>
    public const string Carrier = "carrier";

    /// <summary>True for a known role.</summary>
    public static bool IsKnown(string? role) => role is Publisher or Ops or Floor or Carrier;
}
