namespace Logistics.Application.Outbound.Intake;

/// <summary>An order taken in: new, replaced, cancelled, or the existing one for the same (publisher, order number).</summary>
/// <param name="OrderId">The order id.</param>
/// <param name="OrderNumber">The publisher's order number.</param>
/// <param name="InstanceId">Its orchestration instance.</param>
/// <param name="IsNew">False when the order already existed.</param>
/// <param name="Stage">The order's stage after the intake.</param>
public sealed record AcceptedOrder(string OrderId, string OrderNumber, string InstanceId, bool IsNew, string Stage);
