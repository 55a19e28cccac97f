using Logistics.Application.Returns;

namespace Logistics.Functions.Returns;

/// <summary>A page of returns and the token for the next one.</summary>
public sealed record ReturnPage(IReadOnlyList<ReturnSummary> Returns, string? ContinuationToken);
