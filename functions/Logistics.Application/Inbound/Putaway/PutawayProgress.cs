namespace Logistics.Application.Inbound.Putaway;

/// <summary>How far the putaway of a notice is.</summary>
/// <param name="Total">Tasks planned.</param>
/// <param name="Open">Tasks not yet confirmed.</param>
/// <param name="UnplacedUnits">Units no storage location could take (they stay on the dock).</param>
public sealed record PutawayProgress(int Total, int Open, int UnplacedUnits = 0);
