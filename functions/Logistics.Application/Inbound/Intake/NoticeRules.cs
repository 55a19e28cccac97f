using Logistics.Application.Items;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;

namespace Logistics.Application.Inbound.Intake;

/// <summary>
/// The checks a syntactically valid notice must also pass: every item is in this publisher's item master (unknown-item
/// policy: reject the notice, since goods without master data cannot be checked, stored or billed; another publisher's
/// item is unknown here), lot and expiry where the item requires them, no already-expired lots, cases only for items
/// packed in cases, and an expected date within a year of today.
/// </summary>
public sealed class NoticeRules(ItemCatalog catalog, TimeProvider time)
{
    private const int MaxDaysFromToday = 365;

    /// <summary>The faults (empty when the notice passes) and the items found, by SKU.</summary>
    public async Task<(IReadOnlyList<LineFault> Faults, IReadOnlyDictionary<string, ItemDocument> Items)> CheckAsync(
        string ownerId, InboundNoticeDocument notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var faults = new List<LineFault>();
        var items = new Dictionary<string, ItemDocument>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (Math.Abs(notice.ExpectedDate.DayNumber - today.DayNumber) > MaxDaysFromToday)
        {
            faults.Add(new LineFault(null, "expectedDate", $"Expected date {notice.ExpectedDate:yyyy-MM-dd} is more than a year from today ({today:yyyy-MM-dd}).", notice.ExpectedDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        for (var i = 0; i < notice.Lines.Count; i++)
        {
            var line = notice.Lines[i];
            var sku = line.Sku.Value;
            if (!items.TryGetValue(sku, out var item))
            {
                item = await catalog.FindAsync(ownerId, sku, cancellationToken);
                if (item is null)
                {
                    faults.Add(new LineFault(i, "sku", $"Line {line.LineNumber}: item {sku} is not in your item master; register it with PUT /api/items/{sku} first.", sku));
                    continue;
                }

                items[sku] = item;
            }

            Check(faults, i, line, item);
        }

        return (faults, items);
    }

    private static void Check(List<LineFault> faults, int index, InboundNoticeDocumentLine line, ItemDocument item)
    {
        if (item.LotControlled && line.Lot is null)
        {
            faults.Add(new LineFault(index, "lot", $"Line {line.LineNumber}: item {item.Sku} is lot-controlled; the line needs a lot number."));
        }

        if (item.ExpiryControlled && line.Expiry is null)
        {
            faults.Add(new LineFault(index, "expiry", $"Line {line.LineNumber}: item {item.Sku} is expiry-controlled; the line needs an expiry date."));
        }

        if (line.Unit == UnitOfMeasure.Case && item.PackUnit == UnitOfMeasure.Each)
        {
            faults.Add(new LineFault(index, "unit", $"Line {line.LineNumber}: item {item.Sku} is packed as eaches; announce it in EA.", "CA"));
        }
    }
}
