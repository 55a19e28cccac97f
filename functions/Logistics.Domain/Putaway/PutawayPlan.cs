namespace Logistics.Domain.Putaway;

/// <summary>The planner's answer: where to put the goods, and how many units found no room.</summary>
/// <param name="Suggestions">Targets in the order staff should fill them.</param>
/// <param name="UnplacedUnits">Units left over when no suitable location had room (0 when all placed).</param>
public sealed record PutawayPlan(IReadOnlyList<PutawaySuggestion> Suggestions, int UnplacedUnits)
{
    /// <summary>True when every unit has a target.</summary>
    public bool IsComplete => UnplacedUnits == 0;
}
