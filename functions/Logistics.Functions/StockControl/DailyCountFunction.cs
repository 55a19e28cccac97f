using Logistics.Application.StockControl.Counts;
using Logistics.Functions.Security;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.StockControl;

/// <summary>
/// Every hour, for every publisher: creates the daily count of the warehouse's previous business day (every storage
/// location where the publisher's stock moved that day) once that day has ended; the floor finds its tasks in
/// <c>GET /api/count-tasks</c>.
/// </summary>
/// <remarks>Hourly rather than at midnight, as the storage snapshots: the warehouse's midnight moves with its zone and DST, and the count's number (<c>DAILY-yyyyMMdd</c>) makes every later run a no-op.</remarks>
public sealed class DailyCountFunction(AccessStore access, StockCounts counts)
{
    /// <summary>The NCRONTAB schedule: twenty minutes past every hour.</summary>
    public const string Schedule = "0 20 * * * *";

    /// <summary>Creates the due daily counts.</summary>
    [Function("CreateDailyCounts")]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await foreach (var publisherId in access.PublisherIdsAsync(cancellationToken))
        {
            await counts.CreateDailyAsync(publisherId, cancellationToken);
        }
    }
}
