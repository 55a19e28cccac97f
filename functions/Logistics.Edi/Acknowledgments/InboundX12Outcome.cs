using Logistics.Edi.Inbound;
using Logistics.Edi.X12;

namespace Logistics.Edi.Acknowledgments;

/// <summary>Result of <see cref="InboundX12Processor.Process"/>.</summary>
/// <param name="Read">The reader's result, including interchange-level errors.</param>
/// <param name="Documents">Notices whose set and group envelopes and content were all valid.</param>
/// <param name="Answer">The answering interchange (a TA1 when due, one 997 per answered group), or <c>null</c> when there is nothing to answer.</param>
public sealed record InboundX12Outcome(X12ReadResult Read, IReadOnlyList<InboundNoticeDocument> Documents, string? Answer);
