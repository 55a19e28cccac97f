using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Acknowledgments;

/// <summary>The 997 verdict on one transaction set: AK2, its AK3/AK4 errors and the AK5 codes.</summary>
/// <param name="IdCode">ST01 of the acknowledged set.</param>
/// <param name="ControlNumber">ST02 of the acknowledged set.</param>
/// <param name="SegmentErrors">Segment and element errors (AK3/AK4).</param>
/// <param name="SetErrors">Set-level codes (AK502-AK506), at most five are sent.</param>
public sealed record TransactionSetAcknowledgment(
    string IdCode, string ControlNumber, IReadOnlyList<X12SegmentError> SegmentErrors, IReadOnlyList<TransactionSetSyntaxError> SetErrors)
{
    /// <summary>ST03 of the acknowledged set, echoed in AK203 when the group is 005010 or later.</summary>
    public string? ImplementationConvention { get; init; }

    /// <summary>True when the set is accepted (AK501 = A).</summary>
    public bool IsAccepted => SegmentErrors.Count == 0 && SetErrors.Count == 0;

    /// <summary>
    /// Combines the reader's envelope findings with the mapper's content errors. Segment errors imply AK5 code 5;
    /// an unsupported set (no mapper) gets code 1.
    /// </summary>
    public static TransactionSetAcknowledgment For(X12TransactionSet set, IReadOnlyList<X12SegmentError>? contentErrors, bool supported = true)
    {
        ArgumentNullException.ThrowIfNull(set);
        var segmentErrors = contentErrors ?? [];
        var codes = set.Errors.Select(e => (TransactionSetSyntaxError)e.Code).ToList();
        if (!supported)
        {
            codes.Insert(0, TransactionSetSyntaxError.NotSupported);
        }

        if (segmentErrors.Count > 0)
        {
            codes.Add(TransactionSetSyntaxError.SegmentsInError);
        }

        return new TransactionSetAcknowledgment(set.IdCode, set.ControlNumber, segmentErrors, [.. codes.Distinct()])
        {
            ImplementationConvention = set.ImplementationConvention,
        };
    }
}
