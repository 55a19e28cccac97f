namespace Logistics.Application.StockControl.Moves;

/// <summary>A move task as the API shows it.</summary>
public sealed record MoveTaskView(
    string MoveId, string OwnerId, string MoveNumber, string Sku, string? Lot, string FromLocation, string ToLocation, int Units, string Status, DateTimeOffset CreatedAt, DateTimeOffset? ConfirmedAt)
{
    /// <summary>The view of a stored task.</summary>
    public static MoveTaskView From(MoveTaskDocument task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(task.MoveId, task.OwnerId, task.MoveNumber, task.Sku, task.Lot, task.FromLocation, task.ToLocation, task.Units, task.Status, task.CreatedAt, task.ConfirmedAt);
    }
}
