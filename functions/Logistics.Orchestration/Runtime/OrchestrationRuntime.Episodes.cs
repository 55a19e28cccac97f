using Logistics.Storage.Documents;

namespace Logistics.Orchestration.Runtime;

/// <summary>One orchestration work item: read the instance and its pending events, run an episode, commit atomically.</summary>
public sealed partial class OrchestrationRuntime
{
    private async Task ProcessOnceAsync(string instanceId, CancellationToken cancellationToken)
    {
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
            {
                await DeleteAllEventsAsync(instanceId, cancellationToken);
                return;
            }

            (doc, etag) = (read.Value, read.ETag);
        }

        var query = new DocumentQuery(instanceId) { PageSize = Math.Clamp(options.MaxEventsPerWorkItem, 1, 90) }
            .WhereEquals("/type", PendingEventDocument.DocumentType)
            .OrderByPath("/sortKey");
        var suspended = doc.Status == OrchestrationRuntimeStatus.Suspended;
        if (suspended)
        {
            // Buffered events may fill whole pages; look only for the commands that can end the suspension.
            query = query.Where("/event/eventType", QueryOperator.In, new[] { nameof(HistoryEventType.ExecutionResumed), nameof(HistoryEventType.ExecutionTerminated) });
        }

        var page = await Container.QueryAsync<PendingEventDocument>(query, cancellationToken);
        var plan = EpisodePlan.Build(doc, page.Items.Select(d => d.Value).ToList(), page.ContinuationToken is not null || suspended, now);
        if (plan.IsEmpty)
        {
            if (cached is not null && !doc.Status.IsTerminal())
                cache.Put(instanceId, cached);
            return;
        }

        await CommitPlanAsync(instanceId, doc, etag, cached?.Executor, plan, now, storedEvents: true, cancellationToken);
    }

    /// <summary>Runs the episode <paramref name="plan"/> describes and commits it in one batch on the instance's partition.</summary>
    /// <remarks><c>storedEvents</c> is false when the plan's events were never stored (activity results applied inline): nothing to delete.</remarks>
    private async Task CommitPlanAsync(
        string instanceId,
        InstanceDocument doc,
        string etag,
        OrchestrationExecutor? executor,
        EpisodePlan plan,
        DateTimeOffset now,
        bool storedEvents,
        CancellationToken cancellationToken)
    {
        var batch = Container.CreateBatch(instanceId);
        var wasTerminal = doc.Status.IsTerminal() && plan.Rewind is null;
        if (plan.Rewind is { } rewind)
        {
            executor = null;
            RewindInto(doc, rewind, now, batch);
        }
        else if (plan.Terminate is { } terminate)
        {
            executor = null;
            doc.History.Add(Started(now));
            doc.History.Add(terminate with { Timestamp = now });
            doc.History.Add(new HistoryEvent { EventType = HistoryEventType.OrchestratorCompleted, Timestamp = now });
            Finish(doc, OrchestrationRuntimeStatus.Terminated, OrchestrationJson.Serialize(terminate.Reason), null, now, batch);
        }
        else if (plan.Incoming.Count > 0)
        {
            executor = RunEpisode(doc, executor, plan, now, batch);
        }

        // ContinueAsNew in this episode reset the history; the next execution starts on the next work item.
        var continuedAsNew = doc.Status == OrchestrationRuntimeStatus.ContinuedAsNew && doc.History.Count == 0;
        if (!wasTerminal && !doc.Status.IsTerminal() && !continuedAsNew)
        {
            doc.Status = plan.Suspended ? OrchestrationRuntimeStatus.Suspended
                : plan.Started ? OrchestrationRuntimeStatus.Running
                : OrchestrationRuntimeStatus.Pending;
        }

        doc.NextTimerDueAt = NextDue(doc);
        doc.LastUpdatedAt = now;

        if (storedEvents)
        {
            foreach (var consumed in plan.Consumed)
                batch.Delete(consumed.Id);
        }
        // A timer already due (a zero or past fire time) needs no sweep: wake the instance right away.
        if (plan.Leftovers || continuedAsNew || doc.NextTimerDueAt <= now)
            batch.Send(WakeUp(instanceId));

        if (wasTerminal)
        {
            // Stale events for a finished instance: drop them without touching the instance document.
            if (batch.Count == 0)
                return;
            await batch.ExecuteAsync(cancellationToken);
            return;
        }

        // The replace goes last so its result is the last one (results exclude messages).
        batch.Replace(doc, etag);
        var results = await batch.ExecuteAsync(cancellationToken);
        var newEtag = results[^1].ETag!;

        if (options.EnableOrchestratorCache && executor is not null && executor.Outcome is null && !doc.Status.IsTerminal()
            && !continuedAsNew)
        {
            cache.Put(instanceId, new CachedOrchestration(doc, newEtag, executor));
        }

        InstanceSignals.Pulse(instanceId);
        if (doc.NextTimerDueAt is not null)
            TimerSignals.Pulse(TimersChangedKey);
        if (doc.Status.IsTerminal())
        {
            InstanceFinished?.Invoke(instanceId, doc.Status);
            logger.InstanceFinished(instanceId, doc.Name, doc.Status);
            if (doc.Failure is { } failure)
                logger.InstanceFailed(instanceId, failure);
        }
    }

    private OrchestrationExecutor? RunEpisode(InstanceDocument doc, OrchestrationExecutor? executor, EpisodePlan plan, DateTimeOffset now, IDocumentBatch batch)
    {
        var started = Started(now);
        EpisodeResult result;
        if (executor is null || executor.Outcome is not null || executor.ExecutionId != doc.ExecutionId)
        {
            var orchestrator = registry.CreateOrchestrator(doc.Name, services);
            if (orchestrator is null)
            {
                var notFound = new TaskFailureDetails("OrchestratorNotFound", $"No orchestrator named '{doc.Name}' is registered.");
                var events = new List<HistoryEvent>(plan.Incoming.Count + 1) { started };
                events.AddRange(plan.Incoming);
                result = new EpisodeResult(events, [], new ExecutionOutcome(OrchestrationRuntimeStatus.Failed, null, notFound, []));
                ApplyEpisode(doc, result, now, batch);
                return null;
            }

            executor = new OrchestrationExecutor(orchestrator, doc.InstanceId, doc.Name, doc.ExecutionId, loggerFactory, options.MaxCustomStatusBytes);
            executor.Replay(doc.History);
            Counters.Replayed(doc.History.Count);
        }

        result = executor.Execute(started, plan.Incoming);
        Counters.Episode();
        doc.CustomStatus = executor.CustomStatus;
        ApplyEpisode(doc, result, now, batch);
        return executor;
    }
}
