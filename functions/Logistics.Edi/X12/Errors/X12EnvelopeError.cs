namespace Logistics.Edi.X12.Errors;

/// <summary>A problem with an envelope (ISA/IEA, GS/GE, ST/SE) rather than with business content.</summary>
/// <param name="SegmentId">The envelope segment at fault (ISA, IEA, GS, GE, ST, SE).</param>
/// <param name="SegmentPosition">1-based position: within the transaction set for ST/SE, within the interchange otherwise.</param>
/// <param name="ElementPosition">1-based element position, when one element is at fault.</param>
/// <param name="Code">The code in the list matching the level: <see cref="InterchangeNoteCode"/>, <see cref="GroupSyntaxError"/> or <see cref="TransactionSetSyntaxError"/>.</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record X12EnvelopeError(string SegmentId, int SegmentPosition, int? ElementPosition, int Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
