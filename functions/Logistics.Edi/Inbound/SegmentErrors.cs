using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>Segment-level (AK3 without AK4) errors shared by the notice and order mappers.</summary>
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

    public static X12SegmentError TooManyLines(X12Segment segment) => TooManyLines(segment, NoticeLimits.MaxLines, "notice");

    /// <summary>The first line beyond <paramref name="max"/> of a <paramref name="document"/> ("notice", "order").</summary>
    public static X12SegmentError TooManyLines(X12Segment segment, int max, string document) =>
        new(segment.Id, segment.Position, null, SegmentSyntaxError.LoopOccursOverMaximum, [],
            $"{segment.Id} (segment {segment.Position}) opens line {max + 1}; one {document} has at most {max} lines, send the rest as another {document}.");

    /// <summary>A segment used more often than its loop allows (AK304 = 5), e.g. a third N3 in one N1 loop.</summary>
    public static X12SegmentError TooOften(X12Segment segment, string rule) =>
        new(segment.Id, segment.Position, null, SegmentSyntaxError.SegmentExceedsMaximumUse, [],
            $"{segment.Id} (segment {segment.Position}) is used too often: {rule}.");
}
