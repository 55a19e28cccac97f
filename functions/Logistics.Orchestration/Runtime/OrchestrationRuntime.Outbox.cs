using Logistics.Storage.Documents;

namespace Logistics.Orchestration.Runtime;

/// <summary>Outbox messages of a commit, chunked to keep every batch within Cosmos DB's 100 operations, and small helpers.</summary>
public sealed partial class OrchestrationRuntime
{
    private void SendActivities(List<ActivityWorkItem> items, IDocumentBatch batch)
    {
        if (items.Count == 0)
            return;

        // Few messages per commit: Cosmos DB caps a batch at 100 operations whatever the fan-out.
        var perMessage = Math.Max(Math.Max(1, options.ActivitiesPerMessage), (items.Count + 29) / 30);
        foreach (var chunk in items.Chunk(perMessage))
        {
            batch.Send(new Storage.Messaging.OutgoingMessage(
                OrchestrationQueues.Activities,
                System.Text.Json.JsonSerializer.Serialize(new ActivityWorkMessage(chunk), DocumentJson.Options)));
        }
    }

    private static void SendDeliveries(List<EventDelivery> deliveries, IDocumentBatch batch)
    {
        if (deliveries.Count == 0)
            return;
        var perMessage = Math.Max(10, (deliveries.Count + 19) / 20);
        foreach (var chunk in deliveries.Chunk(perMessage))
        {
            batch.Send(new Storage.Messaging.OutgoingMessage(
                OrchestrationQueues.Orchestrations,
                System.Text.Json.JsonSerializer.Serialize(new OrchestrationWorkMessage(null, chunk), DocumentJson.Options)));
        }
    }

    private static DateTimeOffset? NextDue(InstanceDocument doc)
    {
        if (doc.Status.IsTerminal() || doc.Status == OrchestrationRuntimeStatus.Suspended)
            return null;
        DateTimeOffset? next = doc.Status == OrchestrationRuntimeStatus.Pending ? doc.ScheduledStartTime : null;
        foreach (var timer in doc.Timers)
        {
            if (next is null || timer.FireAt < next)
                next = timer.FireAt;
        }

        return next;
    }

    private static HistoryEvent Started(DateTimeOffset now) => new() { EventType = HistoryEventType.OrchestratorStarted, Timestamp = now };

    private static HistoryEvent Completed(DateTimeOffset now) => new() { EventType = HistoryEventType.OrchestratorCompleted, Timestamp = now };
}
