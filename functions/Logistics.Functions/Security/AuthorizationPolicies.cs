namespace Logistics.Functions.Security;

/// <summary>
/// Authorization policy names for endpoints (<c>RequireAuthorization(AuthorizationPolicies.Ops)</c>), shared with the
/// orchestration management API.
/// </summary>
public static class AuthorizationPolicies
{
    /// <summary>A publisher key; the caller's publisher id scopes every data access.</summary>
    public const string Publisher = "publisher";

    /// <summary>An ops key.</summary>
    public const string Ops = "ops";

    /// <summary>A floor key.</summary>
    public const string Floor = "floor";

    /// <summary>An ops or a floor key (warehouse staff).</summary>
    public const string Staff = "staff";
}
