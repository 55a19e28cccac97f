using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.X12;

/// <summary>One ST…SE transaction set with its envelope findings.</summary>
/// <param name="IdCode">ST01, e.g. 943.</param>
/// <param name="ControlNumber">ST02.</param>
/// <param name="Segments">All segments from ST to SE inclusive, positions counted from ST = 1.</param>
/// <param name="Errors">Set-level envelope errors; codes are <see cref="TransactionSetSyntaxError"/> values.</param>
public sealed record X12TransactionSet(string IdCode, string ControlNumber, IReadOnlyList<X12Segment> Segments, IReadOnlyList<X12EnvelopeError> Errors)
{
    /// <summary>ST03, the implementation convention reference (from 005010 on), echoed in the 997's AK203.</summary>
    public string? ImplementationConvention { get; init; }

    /// <summary>The segments between ST and SE, i.e. the business content.</summary>
    public IEnumerable<X12Segment> Body => Segments.Where(s => s.Id is not ("ST" or "SE"));

    /// <summary>True when the envelope of this set is sound.</summary>
    public bool IsValid => Errors.Count == 0;
}
