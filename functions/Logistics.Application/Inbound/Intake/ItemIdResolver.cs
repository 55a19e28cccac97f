using Logistics.Application.Items;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;

namespace Logistics.Application.Inbound.Intake;

/// <summary>
/// Resolves a notice line's item ids against one owner's item master: a SKU id by the item itself, a barcode id through
/// the barcode index under each of its spellings (<see cref="ItemReference.LookupCodes"/>). Lookups are cached for the
/// notice, so a thousand lines of one item cost one read.
/// </summary>
internal sealed class ItemIdResolver(ItemCatalog catalog, string ownerId, Dictionary<string, ItemDocument> items)
{
    private readonly Dictionary<string, string?> _barcodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);

    /// <summary>The line's item, or the fault of the first id that is unknown, ambiguous or names another item.</summary>
    public async Task<(ItemDocument? Item, LineFault? Fault)> ResolveAsync(int index, InboundNoticeDocumentLine line, CancellationToken cancellationToken)
    {
        (ItemDocument Item, ItemReference By)? resolved = null;
        foreach (var id in line.ItemIds)
        {
            ItemDocument? item;
            if (id.Kind == ItemIdKind.Sku)
            {
                item = await FindAsync(id.Value, cancellationToken);
                if (item is null)
                {
                    return (null, Fault(index, id, $"Line {line.LineNumber}: item {id.Value} is not in your item master; register it with PUT /api/items/{id.Value} first."));
                }
            }
            else
            {
                var skus = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var code in id.LookupCodes)
                {
                    if (await BarcodeAsync(code, cancellationToken) is { } sku)
                    {
                        skus.Add(sku);
                    }
                }

                if (skus.Count > 1)
                {
                    return (null, Fault(index, id, $"Line {line.LineNumber}: {id} is ambiguous: it is a barcode of your items {string.Join(" and ", skus)} (as {string.Join(", ", id.LookupCodes)}); keep it on one item."));
                }

                item = skus.Count == 1 ? await FindAsync(skus.Min!, cancellationToken) : null;
                if (item is null)
                {
                    return (null, Fault(index, id, $"Line {line.LineNumber}: {id} is not a barcode of any item in your item master; add it to the item's barcodes (PUT /api/items/{{sku}}) first."));
                }
            }

            if (resolved is { } first && first.Item.Sku != item.Sku)
            {
                return (null, Fault(index, id, $"Line {line.LineNumber}: {id} is your item {item.Sku}, but {first.By} names item {first.Item.Sku}; all ids of a line must name the same item."));
            }

            resolved ??= (item, id);
        }

        return (resolved?.Item, null);
    }

    private static LineFault Fault(int index, ItemReference id, string message) =>
        new(index, NoticeFields.Sku, message, id.Value) { ItemId = id };

    private async Task<ItemDocument?> FindAsync(string sku, CancellationToken cancellationToken)
    {
        if (items.TryGetValue(sku, out var known))
        {
            return known;
        }

        if (_missing.Contains(sku))
        {
            return null;
        }

        var item = await catalog.FindAsync(ownerId, sku, cancellationToken);
        if (item is null)
        {
            _missing.Add(sku);
            return null;
        }

        items[sku] = item;
        return item;
    }

    private async Task<string?> BarcodeAsync(string code, CancellationToken cancellationToken)
    {
        if (!_barcodes.TryGetValue(code, out var sku))
        {
            sku = await catalog.ResolveBarcodeAsync(ownerId, Barcode.OwnerCode(code), cancellationToken);
            _barcodes[code] = sku;
        }

        return sku;
    }
}
