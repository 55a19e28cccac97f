using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>Segment-level (AK3 without AK4) errors shared by the notice mappers.</summary>
internal static class SegmentErrors
{
    public static X12SegmentError NotInProfile(X12Segment segment, string setId) =>
        new(segment.Id, segment.Position, null, SegmentSyntaxError.SegmentNotInDefinedTransactionSet, [],
            $"{segment.Id} (segment {segment.Position}) is not part of the {setId} profile this warehouse accepts.");

    public static X12SegmentError OutOfSequence(X12Segment segment, string rule) =>
        new(segment.Id, segment.Position, null, SegmentSyntaxError.SegmentNotInProperSequence, [],
            $"{segment.Id} (segment {segment.Position}) is out of sequence: {rule}.");

    public static X12SegmentError Missing(string segmentId, int position, string why) =>
        new(segmentId, position, null, SegmentSyntaxError.MandatorySegmentMissing, [],
            $"Mandatory segment {segmentId} is missing (expected by segment {position}): {why}.");

    public static X12SegmentError TooManyLines(X12Segment segment) =>
        new(segment.Id, segment.Position, null, SegmentSyntaxError.LoopOccursOverMaximum, [],
            $"{segment.Id} (segment {segment.Position}) opens line {NoticeLimits.MaxLines + 1}; a notice has at most {NoticeLimits.MaxLines} lines, send the rest as another notice.");
}
