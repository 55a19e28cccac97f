namespace Logistics.Functions.Security;

/// <summary>How a key change on a publisher ended.</summary>
public enum KeyChangeOutcome
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>The publisher or key does not exist (or is not the caller's).</summary>
    NotFound,

    /// <summary>The publisher already holds the maximum number of keys.</summary>
    LimitReached,

    /// <summary>Revoking would leave the publisher without a key.</summary>
    LastKey,
}
