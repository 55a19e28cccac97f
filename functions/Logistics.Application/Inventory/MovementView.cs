namespace Logistics.Application.Inventory;

/// <summary>One ledger movement.</summary>
public sealed record MovementView(string MovementId, string Sku, string? Lot, string Location, string Status, long Delta, string Type, string OccurredAt, string SourceReference, string? Reference = null)
{
    /// <summary>Maps the stored movement.</summary>
    public static MovementView From(MovementDocument movement)
    {
        ArgumentNullException.ThrowIfNull(movement);
        return new MovementView(movement.MovementId, movement.Sku, movement.Lot, movement.Location, movement.Status.ToString(), movement.Delta,
            movement.MovementType.ToString(), movement.OccurredAt, movement.SourceReference, movement.Reference);
    }
}
