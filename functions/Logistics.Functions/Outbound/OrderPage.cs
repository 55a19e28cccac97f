using Logistics.Application.Outbound;

namespace Logistics.Functions.Outbound;

/// <summary>A page of orders.</summary>
public sealed record OrderPage(IReadOnlyList<OrderSummary> Orders, string? ContinuationToken);
