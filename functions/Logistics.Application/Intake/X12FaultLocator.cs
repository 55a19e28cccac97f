using Logistics.Edi.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Application.Intake;

/// <summary>
/// Turns the business-rule faults of a notice or an order, and an intake's refusal, into 997 segment errors at the segment
/// and element they concern.
/// </summary>
/// <param name="set">The transaction set the document was read from.</param>
/// <param name="sources">
/// Where the mapper read each value, by JSON pointer (<c>InboundNoticeDocument.Sources</c>, <c>OutboundOrderDocument.Sources</c>):
/// a fault at <c>/lines/0/quantity</c> is reported at the element recorded there.
/// </param>
/// <remarks>
/// A fault names the element its value came from, with the code its <see cref="LineFaultKind"/> calls for: an unknown or
/// ambiguous item id its id element (<see cref="ItemReference.Location"/>, code 7), a quantity over the limits its quantity
/// element (code 6), a unit the item is not packed in or a lot the item has none of its element (code 7), a date out of
/// range the date it came from (code 8). A value the item needs but the line lacks is code 1 where the mapper recorded the
/// place for it (an 856's next LIN pair), else a missing segment after the line's item segment (AK304 = 3: N9 or G62 in a
/// 943, N9 in a 940, DTM in an 856).
/// </remarks>
internal sealed class X12FaultLocator(X12TransactionSet set, IReadOnlyDictionary<string, X12ElementLocation> sources)
{
    /// <summary>One segment error per fault, in segment order.</summary>
    public IReadOnlyList<X12SegmentError> ToErrors(IEnumerable<LineFault> faults) =>
        [.. faults.Select(ToError).OrderBy(e => e.Position)];

    /// <summary>
    /// The error for a set the intake refused (its number is taken by other content, it may no longer be replaced…): at
    /// the declared purpose (856 BSN01, 940 W0501) when the set declared a replacement or cancellation, else at the
    /// document's number (943 W0602, 856 BSN02, 940 W0502), code 7 in both cases, echoing the value sent.
    /// </summary>
    /// <param name="numberField">The number's field name (<see cref="NoticeFields.NoticeNumber"/>, <c>OrderFields.OrderNumber</c>).</param>
    /// <param name="changeDeclared">True when the set declared a replacement or a cancellation.</param>
    /// <param name="reason">Why the intake refused it.</param>
    public X12SegmentError Refusal(string numberField, bool changeDeclared, string reason)
    {
        if (changeDeclared && sources.TryGetValue(NoticeFields.Pointer(null, NoticeFields.Purpose), out var declared))
        {
            return Element(declared, ElementSyntaxError.InvalidCodeValue, ValueAt(declared), reason);
        }

        return sources.TryGetValue(NoticeFields.Pointer(null, numberField), out var number)
            ? Element(number, ElementSyntaxError.InvalidCodeValue, ValueAt(number), reason)
            : Fallback(reason);
    }

    private X12SegmentError ToError(LineFault fault)
    {
        if (fault.ItemId?.Location is { } id)
        {
            return Element(id, ElementSyntaxError.InvalidCodeValue, fault.BadValue, fault.Message);
        }

        var code = fault.Kind switch
        {
            LineFaultKind.OverLimit => ElementSyntaxError.InvalidCharacter,
            LineFaultKind.BadDate => ElementSyntaxError.InvalidDate,
            LineFaultKind.Missing => ElementSyntaxError.MandatoryElementMissing,
            _ => ElementSyntaxError.InvalidCodeValue,
        };
        if (sources.TryGetValue(fault.Pointer, out var at))
        {
            return Element(at, code, code == ElementSyntaxError.MandatoryElementMissing ? null : fault.BadValue, fault.Message);
        }

        if (fault.Kind == LineFaultKind.Missing && fault.LineIndex is { } index && sources.TryGetValue(NoticeFields.Line(index), out var line))
        {
            var missing = (set.IdCode, fault.Field) switch
            {
                ("943", NoticeFields.Lot) => "N9",
                ("943", _) => "G62",
                ("940", _) => "N9",
                _ => "DTM",
            };
            return new X12SegmentError(missing, line.SegmentPosition, null, SegmentSyntaxError.MandatorySegmentMissing, [], fault.Message);
        }

        return Fallback(fault.Message);
    }

    /// <summary>The element's value as sent, for AK404.</summary>
    private string? ValueAt(X12ElementLocation at) =>
        set.Segments.FirstOrDefault(s => s.Position == at.SegmentPosition) is { } segment && segment.Has(at.ElementPosition)
            ? segment[at.ElementPosition]
            : null;

    private static X12SegmentError Element(X12ElementLocation at, ElementSyntaxError code, string? badValue, string message) =>
        new(at.SegmentId, at.SegmentPosition, null, SegmentSyntaxError.SegmentHasDataElementErrors,
            [new X12ElementError(at.ElementPosition, null, at.ReferenceNumber, code, badValue, message)], message);

    /// <summary>A fault the mapper left no location for (none today) still rejects the set, at its first segment.</summary>
    private X12SegmentError Fallback(string message)
    {
        var first = set.Segments.Count > 1 ? set.Segments[1] : set.Segments[0];
        return new X12SegmentError(first.Id, first.Position, null, SegmentSyntaxError.UnexpectedSegment, [], message);
    }
}
