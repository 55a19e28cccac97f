using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>Checks that a set's line numbers are unique once the partner's own numbers (N9*LI, LIN01) are applied.</summary>
internal static class LineNumbers
{
    /// <summary>Adds one error per line whose number an earlier line already has, at the element that gave the number.</summary>
    public static void RequireUnique(IReadOnlyList<LineDraft> lines, List<X12SegmentError> errors)
    {
        var seen = new Dictionary<int, LineDraft>();
        foreach (var line in lines)
        {
            if (seen.TryAdd(line.LineNumber, line))
            {
                continue;
            }

            // One of the two carries the partner's number (ordinals never collide among themselves).
            var earlier = seen[line.LineNumber];
            var at = line.NumberAt ?? earlier.NumberAt!;
            var message = $"Line number {line.LineNumber} is used by the lines opened at segments {earlier.Opening.Position} and {line.Opening.Position}; number each line once.";
            errors.Add(X12SegmentError.ForElement(at.SegmentId, at.SegmentPosition,
                new X12ElementError(at.ElementPosition, null, at.ReferenceNumber, ElementSyntaxError.InvalidCodeValue, line.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), message)));
        }
    }
}
