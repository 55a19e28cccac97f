using Logistics.Domain.Items;

namespace Logistics.Domain.Inbound;

/// <summary>Compares scans with the notice lines and classifies every difference.</summary>
/// <remarks>
/// Good units fill matching lines in line-number order up to each line's expected quantity; anything left goes to
/// the last matching line (an overage). Damaged units go to the first matching line. Scans of an item or lot that
/// no line expects are grouped per (item, lot) as overages with nothing expected; unknown codes per code.
/// The order of results is deterministic: notice lines, then unexpected goods by item and lot, then unknown codes.
/// </remarks>
public static class ReceiptCalculator
{
    /// <summary>Computes one result per notice line and per group of unexpected or unknown goods.</summary>
    public static IReadOnlyList<ReceiptLineResult> Compute(IReadOnlyList<NoticeLine> lines, IReadOnlyList<ReceiptScan> scans)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(scans);
        var ordered = lines.OrderBy(l => l.LineNumber).ToList();
        var good = ordered.ToDictionary(l => l.LineNumber, _ => 0);
        var damaged = ordered.ToDictionary(l => l.LineNumber, _ => 0);
        var unexpected = new List<ReceiptScan>();

        foreach (var scan in scans)
        {
            var matching = scan.Item.Sku is { } sku ? ordered.Where(l => l.Matches(sku, scan.Lot)).ToList() : [];
            if (matching.Count == 0)
            {
                unexpected.Add(scan);
            }
            else if (scan.Condition == ItemCondition.Damaged)
            {
                damaged[matching[0].LineNumber] += scan.Quantity.Units;
            }
            else
            {
                FillGood(matching, good, scan.Quantity.Units);
            }
        }

        var results = ordered.Select(l => Result(l.LineNumber, ScannedItem.Known(l.Sku), l.Lot, l.ExpectedQuantity.Units, good[l.LineNumber], damaged[l.LineNumber]));
        var extras = unexpected
            .GroupBy(s => (Code: s.Item.ToString(), s.Item, Lot: s.Item.IsUnknown ? null : s.Lot))
            .OrderBy(g => g.Key.Item.IsUnknown)
            .ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Lot?.Value, StringComparer.Ordinal)
            .Select(g => Result(
                null,
                g.Key.Item,
                g.Key.Lot,
                0,
                g.Where(s => s.Condition == ItemCondition.Good).Sum(s => s.Quantity.Units),
                g.Where(s => s.Condition == ItemCondition.Damaged).Sum(s => s.Quantity.Units)));
        return [.. results, .. extras];
    }

    private static void FillGood(List<NoticeLine> matching, Dictionary<int, int> good, int units)
    {
        foreach (var line in matching)
        {
            var room = Math.Max(0, line.ExpectedQuantity.Units - good[line.LineNumber]);
            var take = line == matching[^1] ? units : Math.Min(room, units);
            good[line.LineNumber] += take;
            units -= take;
        }
    }

    private static ReceiptLineResult Result(int? lineNumber, ScannedItem item, LotNumber? lot, int expected, int good, int damaged)
    {
        var kinds = Discrepancy.None;
        if (item.IsUnknown)
        {
            kinds |= Discrepancy.UnknownItem;
        }
        else if (good + damaged > expected)
        {
            kinds |= Discrepancy.Over;
        }

        if (good + damaged < expected)
        {
            kinds |= Discrepancy.Short;
        }

        if (damaged > 0)
        {
            kinds |= Discrepancy.Damaged;
        }

        return new ReceiptLineResult(lineNumber, item, lot, expected, good, damaged, kinds);
    }
}
