namespace Logistics.Application.Outbound.Workflow;

/// <summary>What the outbound orchestration needs to know about its order at the start, after a milestone or a re-check.</summary>
/// <param name="Stage">Where the order stands.</param>
/// <param name="OpenPickTasks">Pick tasks not yet done.</param>
/// <param name="Outstanding">Units not covered by stock (the backorder).</param>
/// <param name="ShipDeadline">The end of the ship-by day, if the order has one.</param>
/// <param name="DeliveryDeadline">The end of the deliver-by day, if the order has one.</param>
public sealed record OrderSnapshot(OrderStage Stage, int OpenPickTasks, int Outstanding, DateTimeOffset? ShipDeadline, DateTimeOffset? DeliveryDeadline)
{
    /// <summary>The start of the ship-not-before day, if the order has one: allocation waits for it.</summary>
    public DateTimeOffset? ReleaseAt { get; init; }
}
