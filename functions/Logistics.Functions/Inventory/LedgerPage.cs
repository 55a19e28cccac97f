using Logistics.Application.Inventory;

namespace Logistics.Functions.Inventory;

/// <summary>A page of ledger movements.</summary>
public sealed record LedgerPage(IReadOnlyList<MovementView> Movements, string? ContinuationToken);
