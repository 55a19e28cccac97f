namespace Logistics.Application.Inbound.Intake;

/// <summary>The answer to an X12 interchange and the notices taken from it.</summary>
/// <param name="Acknowledgment">
/// The answering interchange (a TA1 when the envelope failed or ISA14 asked for one, then one 997 per received group), or
/// empty when there is nothing to answer: an interchange of acknowledgments (997s, TA1s) is never answered.
/// </param>
/// <param name="Notices">The notices taken (new, or the existing one of a repost).</param>
public sealed record X12IntakeResult(string Acknowledgment, IReadOnlyList<AcceptedNotice> Notices)
{
    /// <summary>True when the envelope or any transaction set was rejected (the answer carries a TA1 R or a 997 R/P).</summary>
    public bool HasRejections { get; init; }

    /// <summary>Why each rejected set or envelope was rejected, for people (a 997 carries codes only): logs, support, a UI.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
