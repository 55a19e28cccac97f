using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Domain.Items;

namespace Logistics.Application.Alerts;

/// <summary>Reads and replaces an owner's alert settings (<see cref="AlertSettingsDocument"/>).</summary>
public sealed class AlertSettings(WarehouseStore store, TimeProvider time)
{
    /// <summary>The owner's default expiry window when it sets none.</summary>
    public const int DefaultExpiryWindowDays = 30;

    /// <summary>The longest expiry window: ten years.</summary>
    public const int MaxExpiryWindowDays = 3650;

    /// <summary>Items with a threshold of their own, at most.</summary>
    public const int MaxSkuThresholds = 1000;

    /// <summary>The highest threshold accepted.</summary>
    public const long MaxThreshold = 1_000_000_000;

    /// <summary>What an owner has until it sets its own.</summary>
    public static AlertSettingsDocument Defaults(string ownerId) => new()
    {
        OwnerId = ownerId,
        LowStockThreshold = 0,
        SkuThresholds = [],
        ExpiryWindowDays = DefaultExpiryWindowDays,
        UpdatedAt = DateTimeOffset.MinValue,
    };

    /// <summary>The owner's settings, or <see cref="Defaults"/>.</summary>
    public async Task<AlertSettingsDocument> GetAsync(string ownerId, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var stored = await container.ReadAsync<AlertSettingsDocument>(AlertSettingsDocument.Kind, ownerId, cancellationToken);
        return stored?.Value ?? Defaults(ownerId);
    }

    /// <summary>
    /// Replaces the owner's settings: the default threshold and the expiry window are required (a replacement states them),
    /// the items' own thresholds are optional (none when left out). The same settings again change nothing but the time.
    /// </summary>
    /// <exception cref="WarehouseValidationException">Every fault, by JSON pointer; nothing was stored.</exception>
    public async Task<AlertSettingsDocument> PutAsync(
        string ownerId, long? lowStockThreshold, IReadOnlyList<SkuThreshold?>? skuThresholds, int? expiryWindowDays, CancellationToken cancellationToken)
    {
        var errors = Check(lowStockThreshold, skuThresholds, expiryWindowDays);
        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        var settings = new AlertSettingsDocument
        {
            OwnerId = ownerId,
            LowStockThreshold = lowStockThreshold!.Value,
            SkuThresholds = [.. (skuThresholds ?? []).Select(t => t! with { Sku = Sku.Parse(t.Sku).Value })],
            ExpiryWindowDays = expiryWindowDays!.Value,
            UpdatedAt = time.GetUtcNow(),
        };
        var container = await store.ContainerAsync(cancellationToken);
        await container.UpsertAsync(settings, cancellationToken: cancellationToken);
        return settings;
    }

    private static List<FieldError> Check(long? lowStockThreshold, IReadOnlyList<SkuThreshold?>? skuThresholds, int? expiryWindowDays)
    {
        var errors = new List<FieldError>();
        if (lowStockThreshold is null)
        {
            errors.Add(new FieldError("/lowStockThreshold", "'lowStockThreshold' is required: available units below which an item is low (0 for no low-stock alerts)."));
        }
        else if (lowStockThreshold is < 0 or > MaxThreshold)
        {
            errors.Add(new FieldError("/lowStockThreshold", $"'lowStockThreshold' is a number of units from 0 (no low-stock alerts) to {MaxThreshold}."));
        }

        if (expiryWindowDays is null)
        {
            errors.Add(new FieldError("/expiryWindowDays", $"'expiryWindowDays' is required: days before expiry from which a lot with stock raises an alert (the default is {DefaultExpiryWindowDays})."));
        }
        else if (expiryWindowDays is < 0 or > MaxExpiryWindowDays)
        {
            errors.Add(new FieldError("/expiryWindowDays", $"'expiryWindowDays' is a number of days from 0 (expiring today or expired) to {MaxExpiryWindowDays}."));
        }

        var thresholds = skuThresholds ?? [];
        if (thresholds.Count > MaxSkuThresholds)
        {
            errors.Add(new FieldError("/skuThresholds", $"At most {MaxSkuThresholds} items with a threshold of their own."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < thresholds.Count; i++)
        {
            var at = $"/skuThresholds/{i}";
            if (thresholds[i] is not { } entry)
            {
                errors.Add(new FieldError(at, "An item's threshold is an object {\"sku\", \"threshold\"}."));
                continue;
            }

            if (!Sku.TryParse(entry.Sku, out var sku, out var error))
            {
                errors.Add(new FieldError(at + "/sku", error ?? "'sku' is not a valid SKU."));
            }
            else if (!seen.Add(sku!.Value))
            {
                errors.Add(new FieldError(at + "/sku", $"'{sku.Value}' has a threshold already."));
            }

            if (entry.Threshold is < 0 or > MaxThreshold)
            {
                errors.Add(new FieldError(at + "/threshold", $"'threshold' is a number of units from 0 (no alert for this item) to {MaxThreshold}."));
            }
        }

        return errors;
    }
}
