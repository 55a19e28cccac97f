namespace Logistics.Application.Returns.Workflow;

/// <summary>What the orchestration needs to know about its return at the start, after a milestone or a periodic re-check.</summary>
/// <param name="Progress">Where the return stands.</param>
/// <param name="ArrivalDeadline">When the goods are due (the expected date plus the arrival grace), when the notice named a date.</param>
/// <param name="HoldDeadline">The earliest deadline of a part held for the owner, when one is held.</param>
/// <param name="HeldPartIds">Parts awaiting the owner's decision.</param>
/// <param name="UninspectedParts">Parts awaiting the floor's inspection.</param>
/// <param name="AwaitingHandover">Parts for the supplier not yet handed to a carrier.</param>
/// <param name="Pickup">True when the center collects the goods.</param>
public sealed record ReturnSnapshot(
    ReturnProgress Progress,
    DateTimeOffset? ArrivalDeadline,
    DateTimeOffset? HoldDeadline,
    IReadOnlyList<string> HeldPartIds,
    int UninspectedParts,
    int AwaitingHandover,
    bool Pickup)
{
    /// <summary>The snapshot of <paramref name="document"/>.</summary>
    public static ReturnSnapshot Of(ReturnDocument document, ReturnDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(deadlines);
        var held = document.Parts.Where(p => p.IsHeld).ToList();
        return new ReturnSnapshot(
            document.Progress,
            deadlines.Arrival(document),
            held.Min(p => p.HoldDeadline),
            [.. held.Select(p => p.PartId)],
            document.Parts.Count(p => p.Disposition is null),
            document.Parts.Count(p => p.Disposition == Domain.Returns.ReturnDisposition.ReturnToSupplier && p.HandedOverAt is null),
            document.Pickup is not null);
    }
}
