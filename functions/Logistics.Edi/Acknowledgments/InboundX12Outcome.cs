using Logistics.Edi.Inbound;
using Logistics.Edi.X12;

namespace Logistics.Edi.Acknowledgments;

/// <summary>Result of <see cref="InboundX12Processor.Process"/>.</summary>
/// <param name="Read">The reader's result, including interchange-level errors.</param>
/// <param name="Documents">Notices whose set and group envelopes and content were all valid.</param>
/// <param name="Acknowledgments">One 997 per functional group, in group order.</param>
/// <param name="InterchangeAcknowledgment">A TA1 rejecting the interchange when its ISA/IEA envelope has an error and the ISA was readable.</param>
public sealed record InboundX12Outcome(
    X12ReadResult Read, IReadOnlyList<InboundNoticeDocument> Documents, IReadOnlyList<string> Acknowledgments, string? InterchangeAcknowledgment = null);
