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
        await foreach (var publisherId in access.PublisherIdsAsync(cancellationToken))
        {
            foreach (var snapshot in await snapshots.TakeDueAsync(publisherId, cancellationToken))
            {
                Logs.StorageSnapshotTaken(logger, publisherId, snapshot.Date, snapshot.Units, snapshot.Locations);
            }
        }
    }
}
