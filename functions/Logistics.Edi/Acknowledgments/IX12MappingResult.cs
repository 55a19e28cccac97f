using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Acknowledgments;

/// <summary>What a transaction set mapper produced: the document, or the segment errors that prevented it (for the 997).</summary>
/// <typeparam name="TDocument">The document type of the intake (a notice, an order).</typeparam>
public interface IX12MappingResult<out TDocument>
    where TDocument : class
{
    /// <summary>The document when the set mapped cleanly, else <c>null</c>.</summary>
    TDocument? Document { get; }

    /// <summary>Every segment error found, in segment order.</summary>
    IReadOnlyList<X12SegmentError> Errors { get; }
}
