namespace Logistics.Functions.Http;

/// <summary>Who may call an HTTP function; checked by <see cref="HttpApi"/> before the function's own code runs.</summary>
public enum Access
{
    /// <summary>No key needed (health).</summary>
    Anonymous,

    /// <summary>A publisher key; the caller's publisher id scopes every data access.</summary>
    Publisher,

    /// <summary>An ops key.</summary>
    Ops,

    /// <summary>An ops or a floor key (warehouse staff).</summary>
    Staff,

    /// <summary>A carrier key (its own shipments only) or an ops key (corrections).</summary>
    Carrier,
}
