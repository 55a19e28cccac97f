namespace Logistics.Application.Alerts;

/// <summary>One alert's condition as an evaluation found it, with the facts its events carry.</summary>
/// <param name="Kind">What is watched.</param>
/// <param name="Sku">The item (for pending goods of an unknown item, the code scanned).</param>
/// <param name="Lot">The lot (expiring lots; pending goods when known).</param>
/// <param name="Pending">The pending key (<see cref="AlertKind.PendingOverdue"/> only).</param>
/// <param name="Holds">True while the condition holds.</param>
/// <param name="Value">Low stock: available units. Expiring lot: days to expiry (negative once expired). Pending: units held.</param>
/// <param name="Threshold">Low stock: the threshold. Expiring lot: the window in days. Pending: null.</param>
/// <param name="Units">Expiring lot: its units in the warehouse. Pending: units held. Low stock: null.</param>
/// <param name="Expiry">Expiring lot: its expiry date.</param>
/// <param name="Deadline">Pending: the decision deadline.</param>
public sealed record AlertCondition(
    AlertKind Kind,
    string Sku,
    string? Lot,
    string? Pending,
    bool Holds,
    long Value,
    long? Threshold,
    long? Units = null,
    DateOnly? Expiry = null,
    DateTimeOffset? Deadline = null)
{
    /// <summary>The document id of this condition's alert.</summary>
    public string AlertId => StockAlertDocument.IdOf(Kind, Sku, Lot, Pending);
}
