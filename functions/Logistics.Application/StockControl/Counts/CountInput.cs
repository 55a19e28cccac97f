namespace Logistics.Application.StockControl.Counts;

/// <summary>
/// Ops' request for a count: <c>scope</c> zone (with <c>zone</c>), item (with <c>sku</c>) or daily (with <c>date</c>, by
/// default yesterday); <c>countNumber</c> is the client's id (a daily count's defaults to <c>DAILY-yyyyMMdd</c>).
/// </summary>
public sealed record CountInput(string? OwnerId, string? Scope, string? CountNumber = null, string? Zone = null, string? Sku = null, DateOnly? Date = null);
