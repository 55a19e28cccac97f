using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Reports.Activity;

/// <summary>Reads an owner's daily activity.</summary>
public sealed class ActivityQueries(WarehouseStore store)
{
    /// <summary>Longest range one call reads, in days.</summary>
    public const int MaxDays = 366;

    /// <summary>The owner's days from <paramref name="from"/> to <paramref name="to"/> (inclusive) that had events, oldest first.</summary>
    public async Task<IReadOnlyList<DailyActivity>> ListAsync(string ownerId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var days = await container.QueryAllAsync<DailyActivity>(
            new DocumentQuery(ownerId)
            {
                Filters =
                [
                    new QueryFilter("/type", QueryOperator.Equal, DailyActivity.Kind),
                    new QueryFilter("/id", QueryOperator.GreaterThanOrEqual, DailyActivity.IdOf(from)),
                    new QueryFilter("/id", QueryOperator.LessThanOrEqual, DailyActivity.IdOf(to)),
                ],
                PageSize = 400,
            },
            cancellationToken);
        return [.. days.OrderBy(d => d.Date)];
    }
}
