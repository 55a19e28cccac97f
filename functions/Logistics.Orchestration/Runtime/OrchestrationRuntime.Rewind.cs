using Logistics.Storage.Documents;

namespace Logistics.Orchestration.Runtime;

/// <summary>Rewinding a failed instance.</summary>
public sealed partial class OrchestrationRuntime
{
    /// <summary>
    /// Cuts the history back to the start of the episode that received the last failure (or, when the orchestrator
    /// itself threw, the last episode), then dispatches again every task left without a result and re-arms unfired timers.
    /// </summary>
    /// <remarks>
    /// Failures the orchestrator caught in earlier episodes stay in history, so its decisions replay unchanged; only the
    /// failures that led to the final failure are retried. Activities are at-least-once anyway, so re-running one whose
    /// result was dropped is safe.
    /// </remarks>
    private void RewindInto(InstanceDocument doc, HistoryEvent request, DateTimeOffset now, IDocumentBatch batch)
    {
        var history = doc.History;
        var failureIndex = history.FindLastIndex(e => e.EventType is HistoryEventType.TaskFailed or HistoryEventType.SubOrchestrationInstanceFailed);
        if (failureIndex < 0)
            failureIndex = history.FindLastIndex(e => e.EventType == HistoryEventType.ExecutionCompleted);
        var cut = history.FindLastIndex(Math.Max(failureIndex, 0), e => e.EventType == HistoryEventType.OrchestratorStarted);
        if (cut <= 0)
            cut = history.FindIndex(e => e.EventType == HistoryEventType.OrchestratorCompleted) + 1;
        var kept = history.Take(Math.Max(cut, 0)).Where(e => e.EventType != HistoryEventType.ExecutionCompleted).ToList();

        var answered = new HashSet<int>();
        var fired = new HashSet<int>();
        foreach (var e in kept)
        {
            if (e.EventType is HistoryEventType.TaskCompleted or HistoryEventType.TaskFailed
                or HistoryEventType.SubOrchestrationInstanceCompleted or HistoryEventType.SubOrchestrationInstanceFailed)
                answered.Add(e.TaskScheduledId!.Value);
            else if (e.EventType == HistoryEventType.TimerFired)
                fired.Add(e.TaskScheduledId!.Value);
        }

        doc.RewindCount++;
        doc.Timers.Clear();
        var activities = new List<ActivityWorkItem>();
        var deliveries = new List<EventDelivery>();
        foreach (var e in kept)
        {
            var id = e.EventId ?? -1;
            switch (e.EventType)
            {
                case HistoryEventType.TaskScheduled when !answered.Contains(id):
                    activities.Add(new ActivityWorkItem(doc.InstanceId, doc.ExecutionId, id, e.Name!, e.Input));
                    break;
                case HistoryEventType.SubOrchestrationInstanceCreated when !answered.Contains(id):
                    deliveries.Add(new EventDelivery(ChildStart(doc, e, $"{doc.ExecutionId}:{id}:rewind{doc.RewindCount}", now)));
                    break;
                case HistoryEventType.TimerCreated when !fired.Contains(id):
                    doc.Timers.Add(new TimerRecord(doc.ExecutionId, id, e.FireAt!.Value));
                    break;
                default:
                    break;
            }
        }

        kept.Add(Started(now));
        kept.Add(request with { Timestamp = now });
        kept.Add(Completed(now));
        doc.History = kept;
        doc.Status = OrchestrationRuntimeStatus.Running;
        doc.Failure = null;
        doc.Output = null;
        doc.CompletedAt = null;
        SendActivities(activities, batch);
        SendDeliveries(deliveries, batch);
    }
}
