using Logistics.Edi.X12;

namespace Logistics.Edi.Acknowledgments;

/// <summary>What <see cref="InboundX12Processor.ProcessAsync"/> decided: the verdicts, ready to be written as one answer.</summary>
/// <param name="Read">The reader's result, including interchange-level errors; its interchange is null when the ISA was unreadable.</param>
/// <param name="Groups">One verdict per answered group, in the received order.</param>
/// <param name="Ta1Due">True when the answer carries a TA1 (envelope errors, or ISA14 = 1).</param>
public sealed record InboundX12Outcome(X12ReadResult Read, IReadOnlyList<GroupAcknowledgment> Groups, bool Ta1Due)
{
    /// <summary>True when there is an answer to write; an interchange of sound acknowledgments gets none.</summary>
    public bool NeedsAnswer => Read.Interchange is not null && (Ta1Due || Groups.Count > 0);

    /// <summary>Control numbers the answer takes: its ISA13 and one GS06 per group, drawn from one counter.</summary>
    public int ControlNumbersNeeded => Math.Max(1, Groups.Count);

    /// <summary>True when the envelope or any transaction set was rejected (the answer carries a TA1 R or a 997 R/P).</summary>
    public bool HasRejections => Read.Errors.Count > 0 || Groups.Any(g => !g.IsAccepted);

    /// <summary>Why each rejected envelope, group or set was rejected, for people (a 997 carries codes only).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Writes the answering interchange numbered from <paramref name="settings"/>, or null when <see cref="NeedsAnswer"/> is false.</summary>
    public string? Answer(X12EnvelopeSettings settings) =>
        NeedsAnswer
            ? AcknowledgmentInterchangeWriter.Write(Read.Interchange!, Ta1Due, Read.Errors.Count > 0 ? Read.Errors[0] : null, Groups, settings)
            : null;
}
