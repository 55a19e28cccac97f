namespace Logistics.Application.StockControl.Counts;

/// <summary>A count task as the floor sees it: blind, without the ledger's quantities.</summary>
public sealed record CountTaskView(string CountId, string OwnerId, int TaskNumber, string Location, string? Sku, string Status, IReadOnlyList<CountLineRecord> Lines)
{
    /// <summary>The floor's view of one task.</summary>
    public static CountTaskView From(CountDocument count, CountTaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(task);
        return new(count.CountId, count.OwnerId, task.TaskNumber, task.Location, count.Sku, task.Status, task.Lines);
    }
}
