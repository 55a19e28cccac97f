using Logistics.Edi.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Application.Inbound.Intake;

/// <summary>Turns business-rule faults, and an intake's refusal, into 997 segment errors at the segment and element they concern.</summary>
/// <remarks>
/// The mapper recorded where each value was read (<see cref="InboundNoticeDocument.Sources"/>, <see cref="ItemReference.Location"/>),
/// so a fault names that element: an unknown or ambiguous item id its id element (code 7), a quantity over the limits
/// its quantity element (code 6), a unit the item is not packed in its unit element (code 7), an expected date out of
/// range the date it came from (code 8). A lot or expiry the item needs but the line lacks is a missing segment after
/// the line's item segment (AK304 = 3: N9 or G62 in a 943, DTM in an 856), or the LIN pair that should carry the lot.
/// </remarks>
internal static class X12LineLocator
{
    public static IReadOnlyList<X12SegmentError> ToErrors(X12TransactionSet set, InboundNoticeDocument document, IEnumerable<LineFault> faults) =>
        [.. faults.Select(f => ToError(set, document, f)).OrderBy(e => e.Position)];

    /// <summary>
    /// The error for a set the intake refused (its number is taken by other content, it may no longer be replaced…): at
    /// the declared purpose (BSN01) when the set declared one, else at the notice number, code 7 in both cases.
    /// </summary>
    public static X12SegmentError Refusal(X12TransactionSet set, InboundNoticeDocument document, string reason)
    {
        ArgumentNullException.ThrowIfNull(document);
        var purpose = NoticeFields.Pointer(null, NoticeFields.Purpose);
        if (document.Action != NoticeAction.Original && document.Sources.TryGetValue(purpose, out var declared))
        {
            return Element(declared, ElementSyntaxError.InvalidCodeValue, document.Action == NoticeAction.Replace ? "05" : "01", reason);
        }

        return document.Sources.TryGetValue(NoticeFields.Pointer(null, NoticeFields.NoticeNumber), out var number)
            ? Element(number, ElementSyntaxError.InvalidCodeValue, document.NoticeNumber.Value, reason)
            : Fallback(set, reason);
    }

    private static X12SegmentError ToError(X12TransactionSet set, InboundNoticeDocument document, LineFault fault)
    {
        if (fault.ItemId?.Location is { } id)
        {
            return Element(id, ElementSyntaxError.InvalidCodeValue, fault.BadValue, fault.Message);
        }

        var code = fault.Field switch
        {
            NoticeFields.Quantity => ElementSyntaxError.InvalidCharacter,
            NoticeFields.ExpectedDate => ElementSyntaxError.InvalidDate,
            NoticeFields.Lot or NoticeFields.Expiry => ElementSyntaxError.MandatoryElementMissing,
            _ => ElementSyntaxError.InvalidCodeValue,
        };
        if (document.Sources.TryGetValue(NoticeFields.Pointer(fault.LineIndex, fault.Field), out var at))
        {
            return Element(at, code, code == ElementSyntaxError.MandatoryElementMissing ? null : fault.BadValue, fault.Message);
        }

        if (fault.LineIndex is { } index && document.Sources.TryGetValue(NoticeFields.Line(index), out var line))
        {
            var missing = (set.IdCode, fault.Field) switch
            {
                ("943", NoticeFields.Lot) => "N9",
                ("943", _) => "G62",
                _ => "DTM",
            };
            return new X12SegmentError(missing, line.SegmentPosition, null, SegmentSyntaxError.MandatorySegmentMissing, [], fault.Message);
        }

        return Fallback(set, fault.Message);
    }

    private static X12SegmentError Element(X12ElementLocation at, ElementSyntaxError code, string? badValue, string message) =>
        new(at.SegmentId, at.SegmentPosition, null, SegmentSyntaxError.SegmentHasDataElementErrors,
            [new X12ElementError(at.ElementPosition, null, at.ReferenceNumber, code, badValue, message)], message);

    /// <summary>A fault the mapper left no location for (none today) still rejects the set, at its first segment.</summary>
    private static X12SegmentError Fallback(X12TransactionSet set, string message)
    {
        var first = set.Segments.Count > 1 ? set.Segments[1] : set.Segments[0];
        return new X12SegmentError(first.Id, first.Position, null, SegmentSyntaxError.UnexpectedSegment, [], message);
    }
}
