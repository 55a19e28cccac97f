using Logistics.Storage.Documents;

namespace Logistics.Orchestration.Runtime;

/// <summary>Turning an episode's result into history, outbox messages and a final status.</summary>
public sealed partial class OrchestrationRuntime
{
    private void ApplyEpisode(InstanceDocument doc, EpisodeResult result, DateTimeOffset now, IDocumentBatch batch)
    {
        doc.History.AddRange(result.NewEvents);
        var activities = new List<ActivityWorkItem>();
        var deliveries = new List<EventDelivery>();
        foreach (var action in result.Actions)
        {
            var id = action.EventId!.Value;
            switch (action.EventType)
            {
                case HistoryEventType.TaskScheduled:
                    activities.Add(new ActivityWorkItem(doc.InstanceId, doc.ExecutionId, id, action.Name!, action.Input));
                    break;
                case HistoryEventType.TimerCreated:
                    doc.Timers.Add(new TimerRecord(doc.ExecutionId, id, action.FireAt!.Value));
                    break;
                case HistoryEventType.SubOrchestrationInstanceCreated:
                    deliveries.Add(new EventDelivery(ChildStart(doc, action, $"{doc.ExecutionId}:{id}", now)));
                    break;
                case HistoryEventType.EventSent:
                    deliveries.Add(new EventDelivery(new PendingEventDocument(
                        $"sent-{doc.ExecutionId}-{id}",
                        action.InstanceId!,
                        SortKeys.Next(now),
                        new HistoryEvent { EventType = HistoryEventType.EventRaised, Name = action.Name, Input = action.Input, Timestamp = now })));
                    break;
                default:
                    break;
            }
        }

        if (result.Outcome is { } outcome)
        {
            switch (outcome.Status)
            {
                case OrchestrationRuntimeStatus.ContinuedAsNew:
                    doc.History.Add(new HistoryEvent { EventType = HistoryEventType.ContinueAsNew, Input = outcome.Output, Timestamp = now });
                    doc.History.Add(Completed(now));
                    ContinueAsNew(doc, outcome, now, batch);
                    break;
                case OrchestrationRuntimeStatus.Completed:
                    doc.History.Add(new HistoryEvent { EventType = HistoryEventType.ExecutionCompleted, OrchestrationStatus = outcome.Status, Result = outcome.Output, Timestamp = now });
                    doc.History.Add(Completed(now));
                    Finish(doc, outcome.Status, outcome.Output, null, now, batch);
                    break;
                default:
                    doc.History.Add(new HistoryEvent { EventType = HistoryEventType.ExecutionCompleted, OrchestrationStatus = outcome.Status, FailureDetails = outcome.Failure, Timestamp = now });
                    doc.History.Add(Completed(now));
                    Finish(doc, outcome.Status, null, outcome.Failure, now, batch);
                    break;
            }
        }
        else
        {
            doc.History.Add(Completed(now));
        }

        SendActivities(activities, batch);
        SendDeliveries(deliveries, batch);
    }

    private void Finish(InstanceDocument doc, OrchestrationRuntimeStatus status, string? output, TaskFailureDetails? failure, DateTimeOffset now, IDocumentBatch batch)
    {
        doc.Status = status;
        doc.Output = output;
        doc.Failure = failure;
        doc.CompletedAt = now;
        doc.Timers.Clear();
        if (doc.Parent is not { } parent)
            return;
        var notice = status == OrchestrationRuntimeStatus.Completed
            ? new HistoryEvent { EventType = HistoryEventType.SubOrchestrationInstanceCompleted, TaskScheduledId = parent.TaskId, Result = output, Timestamp = now }
            : new HistoryEvent
            {
                EventType = HistoryEventType.SubOrchestrationInstanceFailed,
                TaskScheduledId = parent.TaskId,
                Timestamp = now,
                FailureDetails = failure ?? new TaskFailureDetails("OrchestrationTerminated", $"Sub-orchestration '{doc.InstanceId}' was terminated: {output}"),
            };
        SendDeliveries(
            [new EventDelivery(new PendingEventDocument($"res-{parent.ExecutionId}-{parent.TaskId}", parent.InstanceId, SortKeys.Next(now), notice, parent.ExecutionId))],
            batch);
    }

    private static void ContinueAsNew(InstanceDocument doc, ExecutionOutcome outcome, DateTimeOffset now, IDocumentBatch batch)
    {
        var executionId = Guid.NewGuid().ToString("N");
        doc.ExecutionId = executionId;
        doc.Input = outcome.Output;
        doc.Output = null;
        doc.History = [];
        doc.Timers.Clear();
        doc.Status = OrchestrationRuntimeStatus.ContinuedAsNew;
        batch.Create(new PendingEventDocument(
            $"start-{executionId}",
            doc.InstanceId,
            SortKeys.First(0),
            new HistoryEvent { EventType = HistoryEventType.ExecutionStarted, Name = doc.Name, Input = outcome.Output, ExecutionId = executionId, Parent = doc.Parent, Timestamp = now },
            executionId,
            doc.StartKey));
        for (var i = 0; i < outcome.CarriedEvents.Count; i++)
        {
            var carried = outcome.CarriedEvents[i];
            batch.Create(new PendingEventDocument(
                $"carry-{executionId}-{i}",
                doc.InstanceId,
                SortKeys.First(i + 1),
                new HistoryEvent { EventType = HistoryEventType.EventRaised, Name = carried.Name, Input = carried.Input, Timestamp = now }));
        }
    }

    private static PendingEventDocument ChildStart(InstanceDocument parent, HistoryEvent action, string startKey, DateTimeOffset now)
    {
        var executionId = Guid.NewGuid().ToString("N");
        return new PendingEventDocument(
            $"start-{executionId}",
            action.InstanceId!,
            SortKeys.First(0),
            new HistoryEvent
            {
                EventType = HistoryEventType.ExecutionStarted,
                Name = action.Name,
                Input = action.Input,
                ExecutionId = executionId,
                Parent = new ParentInstance(parent.InstanceId, parent.ExecutionId, action.EventId!.Value, parent.Name),
                Timestamp = now,
            },
            executionId,
            startKey);
    }
}
