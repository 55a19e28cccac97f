namespace Logistics.Functions.Outbound;

/// <summary>
/// The 202 answer to a JSON order: the order, and links the publisher may follow (never Durable's control links, which
/// need an ops key; see the notice's answer).
/// </summary>
/// <param name="OrderId">The order id.</param>
/// <param name="OrderNumber">The publisher's order number.</param>
/// <param name="IsNew">False when the order already existed (a repeat, a replacement or a cancellation).</param>
/// <param name="Stage">The order's stage after the intake.</param>
/// <param name="Id">The orchestration instance id.</param>
/// <param name="OrderUri"><c>GET</c>: the order with its quantities and shipments.</param>
/// <param name="StatusQueryGetUri"><c>GET</c>: the orchestration's status as the publisher may see it.</param>
public sealed record OrderAccepted(string OrderId, string OrderNumber, bool IsNew, string Stage, string Id, string OrderUri, string StatusQueryGetUri);
