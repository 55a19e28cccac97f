namespace Logistics.Functions.Inbound;

/// <summary>The body of <c>POST /api/notices/{noticeId}/decisions</c>.</summary>
/// <param name="PendingId">The pending goods' id, as listed on the notice (for example <c>L2-damaged</c>).</param>
/// <param name="Decision"><c>accept</c>, <c>returnToSupplier</c> or <c>scrap</c>.</param>
public sealed record DecisionRequest(string PendingId, string Decision);
