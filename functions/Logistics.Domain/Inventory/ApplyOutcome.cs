namespace Logistics.Domain.Inventory;

/// <summary>What <see cref="StockLedger.Apply(IReadOnlyList{StockMovement})"/> did with a batch.</summary>
/// <param name="Applied">Movements newly recorded.</param>
/// <param name="AlreadyApplied">Movements skipped because their id was recorded before.</param>
public sealed record ApplyOutcome(int Applied, int AlreadyApplied);
