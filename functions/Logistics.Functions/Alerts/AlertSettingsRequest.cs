using Logistics.Application.Alerts;

namespace Logistics.Functions.Alerts;

/// <summary>The body of <c>PUT /api/alerts/settings</c>; replaces the settings.</summary>
/// <param name="LowStockThreshold">Required: available units below which an item is low (0: no low-stock alerts, the default until set).</param>
/// <param name="SkuThresholds">Items with their own threshold (0 switches an item off); none when left out.</param>
/// <param name="ExpiryWindowDays">Required: warehouse days before expiry from which a lot with stock raises an alert (30 until set).</param>
public sealed record AlertSettingsRequest(long? LowStockThreshold = null, IReadOnlyList<SkuThreshold>? SkuThresholds = null, int? ExpiryWindowDays = null);
