using Logistics.Storage.Documents;

namespace Logistics.Orchestration.Runtime;

/// <summary>The durable timer sweep.</summary>
public sealed partial class OrchestrationRuntime
{
    /// <summary>Wakes every instance with a timer (or a delayed start) due now; returns how many were woken.</summary>
    /// <remarks>In Azure a timer trigger calls this; the embedded worker calls it on its own schedule and at the next due time.</remarks>
    public Task<int> FireDueTimersAsync(CancellationToken cancellationToken = default) =>
        FireDueTimersAsync(timeProvider.GetUtcNow(), cancellationToken);

    /// <summary>Wakes every instance with a timer due at <paramref name="now"/>.</summary>
    /// <remarks>
    /// The wake-up rides a batch on the instance's partition (with a marker document) so it goes through the outbox like
    /// every other message. The work item converts the due timers into TimerFired events; a sweep that runs again before
    /// that only sends a duplicate wake-up.
    /// </remarks>
    public async Task<int> FireDueTimersAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var woken = 0;
        string? continuation = null;
        do
        {
            var query = new DocumentQuery(null) { PageSize = 100, ContinuationToken = continuation }
                .WhereEquals("/type", InstanceDocument.DocumentType)
                .Where("/nextTimerDueAt", QueryOperator.LessThanOrEqual, now);
            var page = await Container.QueryAsync<TimerIndexEntry>(query, cancellationToken);
            foreach (var item in page.Items)
            {
                await Container.CreateBatch(item.Value.InstanceId)
                    .Upsert(new TimerWakeDocument(item.Value.InstanceId, now))
                    .Send(WakeUp(item.Value.InstanceId))
                    .ExecuteAsync(cancellationToken);
                woken++;
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        if (woken > 0)
            logger.TimersFired(woken);
        return woken;
    }

    /// <summary>The earliest pending timer or delayed start of any instance; null when none.</summary>
    public async Task<DateTimeOffset?> GetNextTimerDueAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var query = new DocumentQuery(null) { PageSize = 1 }
            .WhereEquals("/type", InstanceDocument.DocumentType)
            .Where("/nextTimerDueAt", QueryOperator.GreaterThan, DateTimeOffset.MinValue)
            .OrderByPath("/nextTimerDueAt");
        var page = await Container.QueryAsync<TimerIndexEntry>(query, cancellationToken);
        return page.Items.Count == 0 ? null : page.Items[0].Value.NextTimerDueAt;
    }

    /// <summary>The instance fields the sweep needs.</summary>
    internal sealed record TimerIndexEntry(string InstanceId, DateTimeOffset? NextTimerDueAt);
}
