using Logistics.Application.Common;
using Logistics.Domain.Inbound;
using Logistics.Domain.Items;

namespace Logistics.Application.Inbound;

/// <summary>Turning a floor scan into a recorded scan: validation and barcode resolution.</summary>
public sealed partial class Receiving
{
    private const int MaxScanIdLength = 64;

    private async Task<ScanRecord> ToRecordAsync(string ownerId, ScanInput input, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.ScanId) || input.ScanId.Length > MaxScanIdLength)
        {
            errors.Add(new FieldError("/scanId", $"'scanId' is required: the device's own id of this scan, 1–{MaxScanIdLength} characters."));
        }

        if (input.Quantity is < 1 or > MaxUnitsPerScan)
        {
            errors.Add(new FieldError("/quantity", $"'quantity' must be between 1 and {MaxUnitsPerScan}, was {input.Quantity}."));
        }

        var condition = input.Condition?.ToUpperInvariant() switch
        {
            null or "GOOD" => ItemCondition.Good,
            "DAMAGED" => ItemCondition.Damaged,
            _ => Fail(errors, "/condition", $"'condition' must be 'good' or 'damaged', was '{input.Condition}'."),
        };
        LotNumber? lot = null;
        if (input.Lot is not null && !LotNumber.TryParse(input.Lot, out lot, out var lotError))
        {
            errors.Add(new FieldError("/lot", lotError!));
        }

        string? sku = null;
        string? unknown = null;
        if (input.Barcode is not null)
        {
            if (Barcode.TryParse(input.Barcode, out var barcode, out var barcodeError))
            {
                sku = await catalog.ResolveBarcodeAsync(ownerId, barcode!, cancellationToken);
                unknown = sku is null ? barcode!.Value : null;
            }
            else
            {
                errors.Add(new FieldError("/barcode", barcodeError!));
            }
        }
        else if (!string.IsNullOrWhiteSpace(input.Sku))
        {
            var item = Sku.TryParse(input.Sku, out var parsed, out _) ? await catalog.FindAsync(ownerId, parsed!.Value, cancellationToken) : null;
            sku = item?.Sku;
            unknown = item is null ? input.Sku.Trim() : null;
        }
        else
        {
            errors.Add(new FieldError("/barcode", "Give the scanned 'barcode' or the keyed-in 'sku'."));
        }

        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        return new ScanRecord(input.ScanId!, sku, unknown, lot?.Value, input.Expiry, input.Quantity, condition, time.GetUtcNow());
    }

    private static ItemCondition Fail(List<FieldError> errors, string pointer, string message)
    {
        errors.Add(new FieldError(pointer, message));
        return ItemCondition.Good;
    }
}
