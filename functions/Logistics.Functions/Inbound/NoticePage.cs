using Logistics.Application.Inbound;

namespace Logistics.Functions.Inbound;

/// <summary>A page of notices.</summary>
public sealed record NoticePage(IReadOnlyList<NoticeSummary> Notices, string? ContinuationToken);
