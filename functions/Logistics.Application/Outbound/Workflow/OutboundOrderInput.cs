namespace Logistics.Application.Outbound.Workflow;

/// <summary>Input of <see cref="OutboundOrderOrchestrator"/>: which order it carries (everything else it reads from the order).</summary>
/// <param name="OwnerId">The publisher.</param>
/// <param name="OrderId">The order.</param>
public sealed record OutboundOrderInput(string OwnerId, string OrderId);
