using Logistics.Edi.Acknowledgments;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Outbound;

/// <summary>A mapped order, or the segment errors that prevented it (for the 997).</summary>
/// <param name="Document">The order when there were no errors.</param>
/// <param name="Errors">Every segment error found, in segment order.</param>
public sealed record X12OrderMappingResult(OutboundOrderDocument? Document, IReadOnlyList<X12SegmentError> Errors) : IX12MappingResult<OutboundOrderDocument>
{
    /// <summary>True when the order mapped cleanly.</summary>
    public bool IsValid => Document is not null && Errors.Count == 0;
}
