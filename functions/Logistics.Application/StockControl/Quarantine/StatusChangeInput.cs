namespace Logistics.Application.StockControl.Quarantine;

/// <summary>
/// Ops' quarantine or release of stock at one location: <c>to</c> is <c>quarantined</c> (on hand → quarantined) or
/// <c>onHand</c> (quarantined → on hand); <c>changeId</c> is the client's own id (sending it again changes nothing).
/// </summary>
public sealed record StatusChangeInput(string? ChangeId, string? OwnerId, string? Sku, string? Location, int Units, string? To, string? Reason, string? Lot = null);
