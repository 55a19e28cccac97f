using Logistics.Application.Billing;
using Logistics.Functions.Hosting;
using Logistics.Functions.Security;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Billing;

/// <summary>
/// Every hour, for every publisher: takes the storage snapshot of each ended warehouse day not yet taken (yesterday's,
/// once the warehouse's day has turned), from which billing charges storage.
/// </summary>
/// <remarks>Hourly rather than at midnight: the warehouse's midnight moves with its zone and DST, and a missed run is made good within the hour.</remarks>
public sealed class StorageSnapshotFunction(AccessStore access, StorageSnapshots snapshots, ILogger<StorageSnapshotFunction> logger)
{
    /// <summary>The NCRONTAB schedule: five minutes past every hour.</summary>
    public const string Schedule = "0 5 * * * *";

    /// <summary>Runs the snapshots.</summary>
    [Function("TakeStorageSnapshots")]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await access.ListPublishersAsync(100, continuation, cancellationToken);
            foreach (var publisher in page.Items)
            {
                foreach (var snapshot in await snapshots.TakeDueAsync(publisher.Value.Id, cancellationToken))
                {
                    Logs.StorageSnapshotTaken(logger, publisher.Value.Id, snapshot.Date, snapshot.Units, snapshot.Locations);
                }
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }
}
