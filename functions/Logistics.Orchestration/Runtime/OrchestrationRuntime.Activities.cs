using Logistics.Storage.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Orchestration.Runtime;

/// <summary>Activity work items: run, then commit the result event in the caller's partition with a wake-up.</summary>
public sealed partial class OrchestrationRuntime
{
    /// <summary>Handles one <see cref="OrchestrationQueues.Activities"/> message body.</summary>
    /// <remarks>
    /// Activity exceptions become TaskFailed results (the message still succeeds); only a failure to commit throws, and
    /// the message must then be retried — the activities run again (at-least-once), duplicate results collapse.
    /// </remarks>
    public async Task HandleActivityMessageAsync(string body, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var message = Parse<ActivityWorkMessage>(body);
        var results = await Task.WhenAll(message.Items.Select(item => RunActivityAsync(item, cancellationToken)));
        foreach (var group in results.GroupBy(r => r.InstanceId, StringComparer.Ordinal))
        {
            foreach (var chunk in group.Chunk(options.MaxEventsPerWorkItem))
            {
                if (!await TryApplyInlineAsync(group.Key, chunk, cancellationToken))
                    await CommitResultsAsync(group.Key, chunk, cancellationToken);
            }
        }
    }

    private async Task<PendingEventDocument> RunActivityAsync(ActivityWorkItem item, CancellationToken cancellationToken)
    {
        HistoryEvent result;
        var factory = registry.FindActivity(item.Name);
        if (factory is null)
        {
            result = Failed(item, new TaskFailureDetails("ActivityNotFound", $"No activity named '{item.Name}' is registered."));
        }
        else
        {
            try
            {
                // A scope per call when the provider supports scopes (any DI container does; a bare provider may not).
                if (services.GetService(typeof(IServiceScopeFactory)) is IServiceScopeFactory scopes)
                {
                    var scope = scopes.CreateAsyncScope();
                    await using (scope.ConfigureAwait(false))
                        result = await InvokeAsync(factory(scope.ServiceProvider), item);
                }
                else
                {
                    result = await InvokeAsync(factory(services), item);
                }
            }
#pragma warning disable CA1031 // Any exception of activity code is that activity's result, recorded as TaskFailed.
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                logger.ActivityThrew(item.Name, item.InstanceId, ex.GetType().Name);
                result = Failed(item, TaskFailureDetails.FromException(ex));
            }
        }

        Counters.Activity();
        return new PendingEventDocument(
            $"res-{item.ExecutionId}-{item.TaskId}",
            item.InstanceId,
            SortKeys.Next(timeProvider.GetUtcNow()),
            result,
            item.ExecutionId);
    }

    private async Task<HistoryEvent> InvokeAsync(ITaskActivity activity, ActivityWorkItem item)
    {
        var input = OrchestrationJson.Deserialize(item.Input, activity.InputType);
        var output = await activity.RunAsync(new TaskActivityContext(item.Name, item.InstanceId, item.ExecutionId, item.TaskId), input);
        return new HistoryEvent
        {
            EventType = HistoryEventType.TaskCompleted,
            TaskScheduledId = item.TaskId,
            Result = OrchestrationJson.Serialize(output, activity.OutputType),
            Timestamp = timeProvider.GetUtcNow(),
        };
    }

    private HistoryEvent Failed(ActivityWorkItem item, TaskFailureDetails failure) => new()
    {
        EventType = HistoryEventType.TaskFailed,
        TaskScheduledId = item.TaskId,
        FailureDetails = failure,
        Timestamp = timeProvider.GetUtcNow(),
    };

    /// <summary>
    /// Applies activity results straight to the caller's next episode, committing results and episode in one batch instead
    /// of storing result events and waking the instance through the queue. Returns false when that is not possible
    /// (option off, instance suspended or not started, an ETag race): the caller then stores the results as usual.
    /// </summary>
    /// <remarks>
    /// Safe because the activity message is completed only after this commit: a crash before it redelivers the message and
    /// the activity runs again, exactly as on the stored path. Other pending events of the instance keep their own wake-ups.
    /// </remarks>
    private async Task<bool> TryApplyInlineAsync(string instanceId, IReadOnlyList<PendingEventDocument> results, CancellationToken cancellationToken)
    {
        if (!options.ApplyActivityResultsInline)
            return false;
        using var held = await locks.AcquireAsync(instanceId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var cached = cache.Take(instanceId);
        InstanceDocument doc;
        string etag;
        if (cached is not null)
        {
            (doc, etag) = (cached.Document, cached.ETag);
        }
        else
        {
            var read = await Container.ReadAsync<InstanceDocument>(InstanceDocument.DocumentId, instanceId, cancellationToken);
            if (read is null)
                return true;
            (doc, etag) = (read.Value, read.ETag);
        }

        var plan = EpisodePlan.Build(doc, results, morePending: false, now);
        if (plan.Consumed.Count < results.Count)
            return false;
        if (plan.Incoming.Count == 0)
        {
            // Duplicates or stale results only.
            if (cached is not null && !doc.Status.IsTerminal())
                cache.Put(instanceId, cached);
            return true;
        }

        try
        {
            await CommitPlanAsync(instanceId, doc, etag, cached?.Executor, plan, now, storedEvents: false, cancellationToken);
            return true;
        }
        catch (DocumentStoreException ex) when (IsRace(ex))
        {
            logger.ConcurrencyConflict(instanceId, 1);
            return false;
        }
    }

    private async Task CommitResultsAsync(string instanceId, IReadOnlyList<PendingEventDocument> results, CancellationToken cancellationToken)
    {
        var batch = Container.CreateBatch(instanceId);
        foreach (var result in results)
            batch.Create(result);
        batch.Send(WakeUp(instanceId));
        try
        {
            await batch.ExecuteAsync(cancellationToken);
        }
        catch (DocumentBatchException ex) when (ex.Failure is DocumentConflictException)
        {
            // A redelivery: some results exist already. Commit the others one by one.
            foreach (var result in results)
            {
                try
                {
                    await Container.CreateBatch(instanceId).Create(result).Send(WakeUp(instanceId)).ExecuteAsync(cancellationToken);
                }
                catch (DocumentBatchException duplicate) when (duplicate.Failure is DocumentConflictException)
                {
                    // Already delivered.
                }
            }
        }
    }
}
