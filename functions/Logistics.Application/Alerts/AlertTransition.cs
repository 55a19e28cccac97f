namespace Logistics.Application.Alerts;

/// <summary>What one evaluation of an alert did.</summary>
public enum AlertTransition
{
    /// <summary>The alert's state already matched its condition.</summary>
    None,

    /// <summary>The condition began: the alert was raised and <c>StockAlertRaised</c> sent.</summary>
    Raised,

    /// <summary>The condition ended: the alert was cleared and <c>StockAlertCleared</c> sent.</summary>
    Cleared,
}
