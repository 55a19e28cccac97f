using System.Globalization;
using Logistics.Application.Intake;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;

namespace Logistics.Application.Inbound.Intake;

/// <summary>
/// The checks a syntactically valid notice must also pass, which resolve its items on the way: every id of every line
/// names one item of this publisher's item master, and all ids of a line the same one (unknown-item policy: reject the
/// notice, since goods without master data cannot be checked, stored or billed; another publisher's item is unknown here);
/// lot and expiry where the item requires them; cases only for items packed in cases; at most
/// <see cref="NoticeLimits.MaxLineUnits"/> units per line and <see cref="NoticeLimits.MaxNoticeUnits"/> per notice once
/// cases are converted; and an expected date within a year of the warehouse's today.
/// </summary>
public sealed class NoticeRules(ItemCatalog catalog, BusinessCalendar calendar)
{
    private const int MaxDaysFromToday = 365;

    /// <summary>Checks <paramref name="notice"/> for <paramref name="ownerId"/>; never throws for bad content, it reports.</summary>
    /// <remarks>A cancellation is not checked: it names a notice, and the intake decides whether it may be cancelled.</remarks>
    public async Task<NoticeCheck> CheckAsync(string ownerId, InboundNoticeDocument notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var items = new Dictionary<string, ItemDocument>(StringComparer.Ordinal);
        if (notice.Action == NoticeAction.Cancel)
        {
            return new NoticeCheck([], items, notice with { Lines = [] });
        }

        var faults = new List<LineFault>();
        var today = calendar.Today;
        if (Math.Abs(notice.ExpectedDate.DayNumber - today.DayNumber) > MaxDaysFromToday)
        {
            faults.Add(new LineFault(null, NoticeFields.ExpectedDate, $"Expected date {notice.ExpectedDate:yyyy-MM-dd} is more than a year from today ({today:yyyy-MM-dd}).",
                notice.ExpectedDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)) { Kind = LineFaultKind.BadDate });
        }

        var resolver = new ItemIdResolver(catalog, ownerId, items, NoticeFields.Sku);
        var tally = new UnitTally("notice", NoticeLimits.MaxLineUnits, NoticeLimits.MaxNoticeUnits);
        var lines = new List<InboundNoticeDocumentLine>(notice.Lines.Count);
        for (var i = 0; i < notice.Lines.Count; i++)
        {
            var line = notice.Lines[i];
            var (item, fault) = await resolver.ResolveAsync(i, line.LineNumber, line.ItemIds, cancellationToken);
            if (item is null)
            {
                faults.Add(fault!);
                lines.Add(line);
                continue;
            }

            lines.Add(line with { Sku = Sku.Parse(item.Sku) });
            Check(faults, i, line, item);

            if (tally.Add(i, line.LineNumber, line.Quantity, line.Unit, item, NoticeFields.Quantity) is { } overLimit)
            {
                faults.Add(overLimit);
            }
        }

        return new NoticeCheck(faults, items, notice with { Lines = lines });
    }

    private static void Check(List<LineFault> faults, int index, InboundNoticeDocumentLine line, ItemDocument item)
    {
        if (item.LotControlled && line.Lot is null)
        {
            faults.Add(new LineFault(index, NoticeFields.Lot, $"Line {line.LineNumber}: item {item.Sku} is lot-controlled; the line needs a lot number.") { Kind = LineFaultKind.Missing });
        }

        if (item.ExpiryControlled && line.Expiry is null)
        {
            faults.Add(new LineFault(index, NoticeFields.Expiry, $"Line {line.LineNumber}: item {item.Sku} is expiry-controlled; the line needs an expiry date.") { Kind = LineFaultKind.Missing });
        }

        if (line.Unit == UnitOfMeasure.Case && item.PackUnit == UnitOfMeasure.Each)
        {
            faults.Add(new LineFault(index, NoticeFields.Unit, $"Line {line.LineNumber}: item {item.Sku} is packed as eaches; announce it in EA.", "CA"));
        }
    }
}
