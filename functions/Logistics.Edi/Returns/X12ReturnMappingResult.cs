using Logistics.Edi.Acknowledgments;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Returns;

/// <summary>A mapped return notice, or the segment errors that prevented it (for the 997).</summary>
/// <param name="Document">The return notice when there were no errors.</param>
/// <param name="Errors">Every segment error found, in segment order.</param>
public sealed record X12ReturnMappingResult(ReturnNoticeDocument? Document, IReadOnlyList<X12SegmentError> Errors) : IX12MappingResult<ReturnNoticeDocument>
{
    /// <summary>True when the return notice mapped cleanly.</summary>
    public bool IsValid => Document is not null && Errors.Count == 0;
}
