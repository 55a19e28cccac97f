namespace Logistics.Domain.Returns;

/// <summary>Matches what a return brought against what its notice announced, when the receipt closes.</summary>
/// <remarks>
/// Received units go to the announced lines of their SKU (a line with the same lot first, then a line that named no
/// lot, each in line order) up to what each line announced, good units before the others. What is left is an
/// over-return: received, but never silently accepted — it becomes its own part, flagged and held for the owner.
/// </remarks>
public static class ReturnReceipt
{
    /// <summary>The parts, announced ones in line order first, then the over-returns; ids P1, P2… in that order.</summary>
    public static IReadOnlyList<ReturnPart> Split(IReadOnlyList<ReturnExpectation> lines, IReadOnlyList<ReturnedUnits> received)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(received);
        var remaining = lines.ToDictionary(l => l.LineNumber, l => l.Units);
        var matched = new List<(int? Line, string Sku, string? Lot, ReturnCondition Condition, long Units, bool Over)>();
        foreach (var units in received.Where(r => r.Units > 0)
            .OrderBy(r => r.Sku, StringComparer.Ordinal).ThenBy(r => r.Lot, StringComparer.Ordinal).ThenBy(r => r.Condition))
        {
            var left = units.Units;
            var candidates = lines.Where(l => l.Sku == units.Sku && (l.Lot is null || l.Lot == units.Lot))
                .OrderBy(l => l.Lot is null ? 1 : 0).ThenBy(l => l.LineNumber).ToList();
            foreach (var line in candidates)
            {
                var take = Math.Min(left, remaining[line.LineNumber]);
                if (take > 0)
                {
                    matched.Add((line.LineNumber, units.Sku, units.Lot, units.Condition, take, false));
                    remaining[line.LineNumber] -= take;
                    left -= take;
                }
            }

            if (left > 0)
            {
                matched.Add((candidates.FirstOrDefault()?.LineNumber, units.Sku, units.Lot, units.Condition, left, true));
            }
        }

        var parts = matched
            .GroupBy(m => (m.Line, m.Sku, m.Lot, m.Condition, m.Over))
            .Select(g => (g.Key, Units: g.Sum(m => m.Units)))
            .OrderBy(p => p.Key.Over).ThenBy(p => p.Key.Line ?? int.MaxValue).ThenBy(p => p.Key.Sku, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Lot, StringComparer.Ordinal).ThenBy(p => p.Key.Condition)
            .ToList();
        return [.. parts.Select((p, i) => new ReturnPart($"P{i + 1}", p.Key.Line, p.Key.Sku, p.Key.Lot, p.Key.Condition, p.Units, p.Key.Over))];
    }
}
