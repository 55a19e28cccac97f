using Logistics.Application.Common;
using Logistics.Domain.Items;
using Logistics.Domain.Returns;

namespace Logistics.Application.Returns;

/// <summary>Checking a scan of returned goods: its fields, its item in the owner's item master, and the lot.</summary>
public sealed partial class ReturnReceiving
{
    private const int MaxScanIdLength = 64;

    private async Task<(string ScanId, string Sku, string? Lot, long Units, ReturnCondition Condition)> CheckAsync(
        ReturnDocument document, ReturnScanInput input, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.ScanId) || input.ScanId.Trim().Length > MaxScanIdLength)
        {
            errors.Add(new FieldError("/scanId", $"'scanId' is required: the device's own id of this scan, 1–{MaxScanIdLength} characters."));
        }

        if (input.Quantity is < 1 or > MaxUnitsPerScan)
        {
            errors.Add(new FieldError("/quantity", $"'quantity' must be between 1 and {MaxUnitsPerScan}, was {input.Quantity}."));
        }

        var condition = ReturnCondition.Good;
        if (input.Condition is not null
            && (!Enum.TryParse(input.Condition.Trim(), ignoreCase: true, out condition) || !Enum.IsDefined(condition) || int.TryParse(input.Condition, out _)))
        {
            errors.Add(new FieldError("/condition", $"'condition' must be good, damaged, expired or defective, was '{input.Condition}'."));
        }

        LotNumber? lot = null;
        if (input.Lot is not null && !LotNumber.TryParse(input.Lot, out lot, out var lotError))
        {
            errors.Add(new FieldError("/lot", lotError!));
        }

        Items.ItemDocument? item = null;
        if (input.Barcode is not null)
        {
            if (Barcode.TryParse(input.Barcode, out var barcode, out var barcodeError))
            {
                var sku = await catalog.ResolveBarcodeAsync(document.OwnerId, barcode!, cancellationToken);
                item = sku is null ? null : await catalog.FindAsync(document.OwnerId, sku, cancellationToken);
                if (item is null)
                {
                    errors.Add(new FieldError("/barcode", $"{barcode!.Value} is not a barcode of any item of {document.OwnerId}; register the item (or its barcode) first."));
                }
            }
            else
            {
                errors.Add(new FieldError("/barcode", barcodeError!));
            }
        }
        else if (!string.IsNullOrWhiteSpace(input.Sku))
        {
            item = Sku.TryParse(input.Sku, out var parsed, out _) ? await catalog.FindAsync(document.OwnerId, parsed!.Value, cancellationToken) : null;
            if (item is null)
            {
                errors.Add(new FieldError("/sku", $"'{input.Sku.Trim()}' is not an item of {document.OwnerId}; register it first."));
            }
        }
        else
        {
            errors.Add(new FieldError("/barcode", "Give the scanned 'barcode' or the keyed-in 'sku'."));
        }

        var lotText = lot?.Value;
        if (item is not null && lotText is null)
        {
            // The floor need not key in a lot the notice already named, when it named only one for the item.
            var announced = document.Lines.Where(l => l.Sku == item.Sku && l.Lot is not null).Select(l => l.Lot).Distinct().ToList();
            lotText = announced.Count == 1 ? announced[0] : null;
            if (lotText is null && item.LotControlled)
            {
                errors.Add(new FieldError("/lot", $"Item {item.Sku} is lot-controlled; give the lot printed on the goods."));
            }
        }

        return errors.Count > 0
            ? throw new WarehouseValidationException(errors)
            : (input.ScanId!.Trim(), item!.Sku, lotText, input.Quantity, condition);
    }
}
