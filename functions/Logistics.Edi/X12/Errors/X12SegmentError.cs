namespace Logistics.Edi.X12.Errors;

/// <summary>One bad segment: what a 997 AK3 (plus its AK4s) reports.</summary>
/// <param name="SegmentId">The segment id, e.g. <c>W04</c> (for a missing segment: the id that was expected).</param>
/// <param name="Position">1-based position in the transaction set, ST being 1 (AK302).</param>
/// <param name="LoopId">Loop identifier (AK303), when the profile names one.</param>
/// <param name="Code">The AK304 error code.</param>
/// <param name="Elements">Element errors; present when <paramref name="Code"/> is 8.</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record X12SegmentError(
    string SegmentId, int Position, string? LoopId, SegmentSyntaxError Code, IReadOnlyList<X12ElementError> Elements, string Message)
{
    /// <summary>A segment with one element error (code 8 + one AK4), the most common shape.</summary>
    public static X12SegmentError ForElement(string segmentId, int position, X12ElementError element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return new X12SegmentError(
            segmentId, position, null, SegmentSyntaxError.SegmentHasDataElementErrors, [element],
            $"{segmentId} (segment {position}) element {segmentId}{element.Position:00}: {element.Message}");
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
