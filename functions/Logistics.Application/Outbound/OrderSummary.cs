namespace Logistics.Application.Outbound;

/// <summary>An order in a list.</summary>
public sealed record OrderSummary(string OrderId, string OrderNumber, string Stage, DateOnly? ShipBy, DateTimeOffset AcceptedAt, int Units, int Shipped, string Uri);
