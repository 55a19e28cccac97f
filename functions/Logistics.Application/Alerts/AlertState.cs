namespace Logistics.Application.Alerts;

/// <summary>Where a stock alert stands.</summary>
public enum AlertState
{
    /// <summary>The condition holds: raised, not yet cleared.</summary>
    Active,

    /// <summary>The condition does not hold (it ended, or never began).</summary>
    Cleared,
}
