namespace Logistics.Application.Outbound.Intake;

/// <summary>The answer to an X12 interchange of 940s and the orders taken from it.</summary>
/// <param name="Acknowledgment">
/// The answering interchange (a TA1 when the envelope failed or ISA14 asked for one, then one 997 per received group), or
/// empty when there is nothing to answer: an interchange of acknowledgments (997s, TA1s) is never answered.
/// </param>
/// <param name="Orders">The orders taken: new, replaced, cancelled, or the existing one of a repost.</param>
public sealed record X12OrderIntakeResult(string Acknowledgment, IReadOnlyList<AcceptedOrder> Orders)
{
    /// <summary>True when the envelope or any transaction set was rejected (the answer carries a TA1 R or a 997 R/P).</summary>
    public bool HasRejections { get; init; }

    /// <summary>Why each rejected set or envelope was rejected, for people (a 997 carries codes only): logs, support, a UI.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
