using Logistics.Application.Alerts;

namespace Logistics.Functions.Alerts;

/// <summary>One stock alert as the API shows it; value, threshold and the kind's facts are those of its last transition.</summary>
/// <param name="Id">The alert id (also the subject of its events).</param>
/// <param name="Owner">The publisher.</param>
/// <param name="Kind">LowStock, ExpiringLot or PendingOverdue.</param>
/// <param name="State">Active or Cleared.</param>
/// <param name="Sku">The item.</param>
/// <param name="Lot">The lot (expiring lots; pending goods when known).</param>
/// <param name="Pending">The pending goods' key (PendingOverdue).</param>
/// <param name="Value">Available units (LowStock), days to expiry (ExpiringLot), units held (PendingOverdue).</param>
/// <param name="Threshold">The threshold (LowStock) or the window in days (ExpiringLot).</param>
/// <param name="Units">The lot's units in the warehouse, or the pending units.</param>
/// <param name="Expiry">The lot's expiry date.</param>
/// <param name="Deadline">When the owner's decision was due.</param>
/// <param name="Occurrence">How often it was raised.</param>
/// <param name="Since">When the current (or last) occurrence was raised.</param>
/// <param name="ClearedAt">When it was cleared; null while active.</param>
public sealed record AlertView(
    string Id,
    string Owner,
    string Kind,
    string State,
    string Sku,
    string? Lot,
    string? Pending,
    long Value,
    long? Threshold,
    long? Units,
    DateOnly? Expiry,
    DateTimeOffset? Deadline,
    int Occurrence,
    DateTimeOffset? Since,
    DateTimeOffset? ClearedAt)
{
    /// <summary>The view of a stored alert.</summary>
    public static AlertView From(StockAlertDocument alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new AlertView(alert.Id, alert.OwnerId, alert.AlertKind.ToString(), alert.State.ToString(), alert.Sku, alert.Lot, alert.Pending,
            alert.Value, alert.Threshold, alert.Units, alert.Expiry, alert.Deadline, alert.Occurrence, alert.Since, alert.ClearedAt);
    }
}
