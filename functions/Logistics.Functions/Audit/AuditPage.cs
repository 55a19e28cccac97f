using Logistics.Application.Audit;

namespace Logistics.Functions.Audit;

/// <summary>A page of audit entries, newest first, and the token of the next page (null on the last).</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryDocument> Items, string? ContinuationToken);
