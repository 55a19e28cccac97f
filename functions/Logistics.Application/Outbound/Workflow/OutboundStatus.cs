namespace Logistics.Application.Outbound.Workflow;

/// <summary>The outbound orchestration's custom status: always what it waits for and until when.</summary>
/// <param name="Stage">The order's stage.</param>
/// <param name="WaitingFor">The milestone event awaited, or null when done.</param>
/// <param name="Until">The deadline (ship-by, then deliver-by), or null when the order has none.</param>
/// <param name="Overdue">True once the deadline passed (the wait goes on).</param>
/// <param name="Message">The same in words.</param>
/// <param name="OpenPickTasks">Open pick tasks, while picking.</param>
/// <param name="Backordered">Units not covered by stock, when there are any.</param>
/// <param name="NextCheck">When the instance reads the order again if no event comes first.</param>
public sealed record OutboundStatus(
    string Stage, string? WaitingFor, DateTimeOffset? Until, bool Overdue, string Message, int? OpenPickTasks = null, int? Backordered = null, DateTimeOffset? NextCheck = null);
