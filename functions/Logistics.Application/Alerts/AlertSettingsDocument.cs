namespace Logistics.Application.Alerts;

/// <summary>
/// An owner's alert settings, one document in its partition. Without one the owner gets <see cref="AlertSettings.Defaults"/>:
/// no low-stock alerts (threshold 0) and lots expiring within 30 days.
/// </summary>
public sealed record AlertSettingsDocument
{
    /// <summary>Discriminator value, and the document's id.</summary>
    public const string Kind = "alertSettings";

    public string Id { get; init; } = Kind;

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>Available units below which an item without its own threshold is low; 0 for no low-stock alerts.</summary>
    public required long LowStockThreshold { get; init; }

    /// <summary>Items with their own threshold.</summary>
    public required IReadOnlyList<SkuThreshold> SkuThresholds { get; init; }

    /// <summary>A lot with stock here raises an alert from this many warehouse days before its expiry date.</summary>
    public required int ExpiryWindowDays { get; init; }

    /// <summary>When the owner last set them; <see cref="DateTimeOffset.MinValue"/> for the defaults.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The low-stock threshold of <paramref name="sku"/>: its own, else the owner's default.</summary>
    public long ThresholdOf(string sku) => SkuThresholds.FirstOrDefault(t => t.Sku == sku)?.Threshold ?? LowStockThreshold;

    /// <summary>True when <paramref name="sku"/> has a threshold of its own.</summary>
    public bool HasOwnThreshold(string sku) => SkuThresholds.Any(t => t.Sku == sku);
}
