namespace Logistics.Edi.X12;

/// <summary>Where a value was read in a transaction set, so a fault found later (say, an unknown item) is reported at it.</summary>
/// <param name="SegmentId">The segment id, e.g. <c>W04</c>.</param>
/// <param name="SegmentPosition">1-based position in the transaction set, ST being 1 (AK302).</param>
/// <param name="ElementPosition">1-based element position (AK401).</param>
/// <param name="ReferenceNumber">X12 data element reference number (AK402).</param>
public sealed record X12ElementLocation(string SegmentId, int SegmentPosition, int ElementPosition, int? ReferenceNumber);
