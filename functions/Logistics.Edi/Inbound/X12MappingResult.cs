using Logistics.Edi.Acknowledgments;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>A mapped document, or the segment errors that prevented it (for the 997).</summary>
/// <param name="Document">The document when there were no errors.</param>
/// <param name="Errors">Every segment error found, in segment order.</param>
public sealed record X12MappingResult(InboundNoticeDocument? Document, IReadOnlyList<X12SegmentError> Errors) : IX12MappingResult<InboundNoticeDocument>
{
    /// <summary>True when the document mapped cleanly.</summary>
    public bool IsValid => Document is not null && Errors.Count == 0;
}
