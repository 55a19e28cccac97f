using Logistics.Application.Items;

namespace Logistics.Functions.Items;

/// <summary>A page of items; pass <paramref name="ContinuationToken"/> back for the next one.</summary>
public sealed record ItemPage(IReadOnlyList<ItemView> Items, string? ContinuationToken);
