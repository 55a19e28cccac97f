using System.Globalization;
using Logistics.Application.Intake;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Domain.Items;
using Logistics.Edi.Outbound;

namespace Logistics.Application.Outbound.Intake;

/// <summary>
/// The checks a syntactically valid order must also pass, which resolve its items on the way: every id of every line
/// names one item of this publisher's item master, and all ids of a line the same one (an order for goods without master
/// data could never be allocated; another publisher's item is unknown here); a requested lot only for a lot-controlled
/// item; cases only for items packed in cases; at most <see cref="OrderLimits.MaxLineUnits"/> units per line and
/// <see cref="OrderLimits.MaxOrderUnits"/> per order once cases are converted; and a ship-by date within a year of the
/// warehouse's today.
/// </summary>
/// <remarks>
/// That a requested lot is a well-formed lot number is already certain: the 940 mapper and the JSON validator only make
/// a <see cref="LotNumber"/> of a valid one. Whether the lot is in stock is allocation's question, not the intake's: an
/// order may come before its goods.
/// </remarks>
public sealed class OrderRules(ItemCatalog catalog, BusinessCalendar calendar)
{
    private const int MaxDaysFromToday = 365;

    /// <summary>Checks <paramref name="order"/> for <paramref name="ownerId"/>; never throws for bad content, it reports.</summary>
    /// <remarks>A cancellation is not checked beyond its number: it names an order, and the intake decides whether it may be cancelled.</remarks>
    public async Task<OrderCheck> CheckAsync(string ownerId, OutboundOrderDocument order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var items = new Dictionary<string, ItemDocument>(StringComparer.Ordinal);
        if (order.Action == OrderAction.Cancel)
        {
            return new OrderCheck([], items, order with { Lines = [] });
        }

        var faults = new List<LineFault>();
        var today = calendar.Today;
        if (order.ShipBy is { } shipBy && Math.Abs(shipBy.DayNumber - today.DayNumber) > MaxDaysFromToday)
        {
            faults.Add(new LineFault(null, OrderFields.ShipBy, $"Ship-by date {shipBy:yyyy-MM-dd} is more than a year from today ({today:yyyy-MM-dd}).",
                shipBy.ToString("yyyyMMdd", CultureInfo.InvariantCulture)) { Kind = LineFaultKind.BadDate });
        }

        var resolver = new ItemIdResolver(catalog, ownerId, items, OrderFields.Sku);
        var tally = new UnitTally("order", OrderLimits.MaxLineUnits, OrderLimits.MaxOrderUnits);
        var lines = new List<OutboundOrderDocumentLine>(order.Lines.Count);
        for (var i = 0; i < order.Lines.Count; i++)
        {
            var line = order.Lines[i];
            var (item, fault) = await resolver.ResolveAsync(i, line.LineNumber, line.ItemIds, cancellationToken);
            if (item is null)
            {
                faults.Add(fault!);
                lines.Add(line);
                continue;
            }

            lines.Add(line with { Sku = Sku.Parse(item.Sku) });
            Check(faults, i, line, item);
            if (tally.Add(i, line.LineNumber, line.Quantity, line.Unit, item, OrderFields.Quantity) is { } overLimit)
            {
                faults.Add(overLimit);
            }
        }

        return new OrderCheck(faults, items, order with { Lines = lines });
    }

    private static void Check(List<LineFault> faults, int index, OutboundOrderDocumentLine line, ItemDocument item)
    {
        // Only a lot-controlled item's notices and scans must name its lots: any other item's stock cannot be counted on to
        // carry the lot asked for, and the line would wait for it for ever.
        if (line.Lot is { } lot && !item.LotControlled)
        {
            faults.Add(new LineFault(index, OrderFields.Lot,
                $"Line {line.LineNumber}: item {item.Sku} is not lot-controlled, so its stock is not kept by lot; leave lot {lot} out.", lot.Value));
        }

        if (line.Unit == UnitOfMeasure.Case && item.PackUnit == UnitOfMeasure.Each)
        {
            faults.Add(new LineFault(index, OrderFields.Unit, $"Line {line.LineNumber}: item {item.Sku} is packed as eaches; order it in EA.", "CA"));
        }
    }
}
