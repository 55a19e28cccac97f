using Logistics.Application.Items;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;

namespace Logistics.Application.Intake;

/// <summary>
/// Resolves the item ids of a notice's or an order's line against one owner's item master: a SKU id by the item itself,
/// a barcode id through the barcode index under each of its spellings (<see cref="ItemReference.LookupCodes"/>). Lookups
/// are cached for the document, so a thousand lines of one item cost one read.
/// </summary>
/// <param name="catalog">The item master.</param>
/// <param name="ownerId">Whose item master: another publisher's item is unknown here.</param>
/// <param name="items">The items found so far, by SKU; every item resolved is added.</param>
/// <param name="field">The field a fault is reported at (<see cref="NoticeFields.Sku"/> for both notices and orders).</param>
internal sealed class ItemIdResolver(ItemCatalog catalog, string ownerId, Dictionary<string, ItemDocument> items, string field)
{
    private readonly Dictionary<string, string?> _barcodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);

    /// <summary>The line's item, or the fault of the first id that is unknown, ambiguous or names another item.</summary>
    /// <param name="index">The line's zero-based position in the document, where the fault is reported.</param>
    /// <param name="lineNumber">The owner's line number, for the message.</param>
    /// <param name="ids">The ids the line names its item by, at least one.</param>
    /// <param name="cancellationToken">Cancels the lookups.</param>
    public async Task<(ItemDocument? Item, LineFault? Fault)> ResolveAsync(int index, int lineNumber, IReadOnlyList<ItemReference> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        (ItemDocument Item, ItemReference By)? resolved = null;
        foreach (var id in ids)
        {
            ItemDocument? item;
            if (id.Kind == ItemIdKind.Sku)
            {
                item = await FindAsync(id.Value, cancellationToken);
                if (item is null)
                {
                    return (null, Fault(index, id, $"Line {lineNumber}: item {id.Value} is not in your item master; register it with PUT /api/items/{id.Value} first."));
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
                    return (null, Fault(index, id, $"Line {lineNumber}: {id} is ambiguous: it is a barcode of your items {string.Join(" and ", skus)} (as {string.Join(", ", id.LookupCodes)}); keep it on one item."));
                }

                item = skus.Count == 1 ? await FindAsync(skus.Min!, cancellationToken) : null;
                if (item is null)
                {
                    return (null, Fault(index, id, $"Line {lineNumber}: {id} is not a barcode of any item in your item master; add it to the item's barcodes (PUT /api/items/{{sku}}) first."));
                }
            }

            if (resolved is { } first && first.Item.Sku != item.Sku)
            {
                return (null, Fault(index, id, $"Line {lineNumber}: {id} is your item {item.Sku}, but {first.By} names item {first.Item.Sku}; all ids of a line must name the same item."));
            }

            resolved ??= (item, id);
        }

        return (resolved?.Item, null);
    }

    private LineFault Fault(int index, ItemReference id, string message) =>
        new(index, field, message, id.Value) { ItemId = id };

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
