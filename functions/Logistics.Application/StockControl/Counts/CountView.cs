namespace Logistics.Application.StockControl.Counts;

/// <summary>A count as ops see it: scope, tasks with what was found and expected, and once posted its variances.</summary>
public sealed record CountView(
    string CountId, string OwnerId, string CountNumber, string Scope, string? Zone, string? Sku, DateOnly? Date, string Status,
    IReadOnlyList<CountTaskRecord> Tasks, IReadOnlyList<CountVarianceRecord> Variances, DateTimeOffset CreatedAt, DateTimeOffset? PostedAt, bool HasAdvice)
{
    /// <summary>Ops' view of a count.</summary>
    public static CountView From(CountDocument count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return new(count.CountId, count.OwnerId, count.CountNumber, count.Scope, count.Zone, count.Sku, count.Date, count.Status,
            count.Tasks, count.Variances, count.CreatedAt, count.PostedAt, count.AdviceX12 is not null);
    }
}
