using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Acknowledgments;

/// <summary>
/// Takes one document whose envelope and syntax are sound (the business step: item master, store). Returns the errors
/// that reject the set in the 997, located at its segments and elements, or none when the set was taken.
/// </summary>
/// <typeparam name="TDocument">The intake's document (a notice, an order).</typeparam>
public delegate ValueTask<IReadOnlyList<X12SegmentError>> InboundSetHandler<in TDocument>(
    X12InterchangeHeader sender, X12TransactionSet set, TDocument document, CancellationToken cancellationToken)
    where TDocument : class;
