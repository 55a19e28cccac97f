namespace Logistics.Application.Inbound.Putaway;

/// <summary>A putaway task as the floor sees it.</summary>
public sealed record PutawayTaskView(string NoticeId, int TaskNumber, string Sku, string? Lot, string FromLocation, string ToLocation, int Quantity, string Status, string ConfirmUri)
{
    /// <summary>Maps the stored task.</summary>
    public static PutawayTaskView From(PutawayTaskDocument task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new PutawayTaskView(task.NoticeId, task.TaskNumber, task.Sku, task.Lot, task.FromLocation, task.ToLocation, task.Quantity, task.Status,
            $"/api/notices/{task.NoticeId}/putaway/{task.TaskNumber}/confirm");
    }
}
