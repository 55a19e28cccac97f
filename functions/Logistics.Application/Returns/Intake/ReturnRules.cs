using System.Globalization;
using Logistics.Application.Intake;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;
using Logistics.Edi.Returns;

namespace Logistics.Application.Returns.Intake;

/// <summary>
/// The checks a syntactically valid return notice must also pass, resolving its items on the way, as an inbound
/// notice's do (<see cref="Inbound.Intake.NoticeRules"/>): every id of every line names one item of this publisher's
/// item master; cases only for items packed in cases; at most <see cref="NoticeLimits.MaxLineUnits"/> units per line and
/// <see cref="NoticeLimits.MaxNoticeUnits"/> per return once cases are converted; an expected date, when given, within a
/// year of the warehouse's today. A lot is never required: the sender of a return often does not know it, and the floor
/// reads it from the goods.
/// </summary>
public sealed class ReturnRules(ItemCatalog catalog, BusinessCalendar calendar)
{
    private const int MaxDaysFromToday = 365;

    /// <summary>Checks <paramref name="notice"/> for <paramref name="ownerId"/>; never throws for bad content, it reports.</summary>
    /// <remarks>A cancellation is not checked: it names a return, and the intake decides whether it may be cancelled.</remarks>
    public async Task<ReturnCheck> CheckAsync(string ownerId, ReturnNoticeDocument notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var items = new Dictionary<string, ItemDocument>(StringComparer.Ordinal);
        if (notice.Action == NoticeAction.Cancel)
        {
            return new ReturnCheck([], items, notice with { Lines = [] });
        }

        var faults = new List<LineFault>();
        var today = calendar.Today;
        if (notice.ExpectedDate is { } expected && Math.Abs(expected.DayNumber - today.DayNumber) > MaxDaysFromToday)
        {
            faults.Add(new LineFault(null, ReturnFields.ExpectedDate, $"Expected date {expected:yyyy-MM-dd} is more than a year from today ({today:yyyy-MM-dd}).",
                expected.ToString("yyyyMMdd", CultureInfo.InvariantCulture)) { Kind = LineFaultKind.BadDate });
        }

        var resolver = new ItemIdResolver(catalog, ownerId, items, ReturnFields.Sku);
        var tally = new UnitTally("return", NoticeLimits.MaxLineUnits, NoticeLimits.MaxNoticeUnits);
        var lines = new List<ReturnNoticeDocumentLine>(notice.Lines.Count);
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
            if (line.Unit == UnitOfMeasure.Case && item.PackUnit == UnitOfMeasure.Each)
            {
                faults.Add(new LineFault(i, ReturnFields.Unit, $"Line {line.LineNumber}: item {item.Sku} is packed as eaches; announce it in EA.", "CA"));
            }

            if (tally.Add(i, line.LineNumber, line.Quantity, line.Unit, item, ReturnFields.Quantity) is { } overLimit)
            {
                faults.Add(overLimit);
            }
        }

        return new ReturnCheck(faults, items, notice with { Lines = lines });
    }
}
