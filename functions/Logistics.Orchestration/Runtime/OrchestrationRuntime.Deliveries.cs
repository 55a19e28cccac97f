using Logistics.Storage.Documents;

namespace Logistics.Orchestration.Runtime;

/// <summary>Events carried by messages into another instance's partition: sub-orchestration starts and results, sent events.</summary>
public sealed partial class OrchestrationRuntime
{
    private async Task DeliverAsync(PendingEventDocument delivery, CancellationToken cancellationToken)
    {
        if (delivery.Event.EventType == HistoryEventType.ExecutionStarted)
        {
            await StartChildAsync(delivery, cancellationToken);
            return;
        }

        try
        {
            await Container.CreateAsync(delivery, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Delivered before (a redelivered message): the work item that follows sorts it out.
        }
    }

    private async Task StartChildAsync(PendingEventDocument start, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var fresh = NewInstance(start, now);
        for (var attempt = 1; ; attempt++)
        {
            var existing = await Container.ReadAsync<InstanceDocument>(InstanceDocument.DocumentId, start.InstanceId, cancellationToken);
            if (existing is not null && existing.Value.StartKey == start.StartKey)
                return;
            if (existing is not null && !existing.Value.Status.IsTerminal())
            {
                logger.ChildIdTaken(start.InstanceId);
                await RefuseChildAsync(start, existing.Value.Status, now, cancellationToken);
                return;
            }

            var batch = Container.CreateBatch(start.InstanceId);
            if (existing is null)
                batch.Create(fresh);
            else
                batch.Replace(fresh, existing.ETag);
            batch.Create(start);
            try
            {
                await batch.ExecuteAsync(cancellationToken);
                return;
            }
            catch (DocumentBatchException ex) when (attempt < MaxConflictRetries && IsRace(ex))
            {
                logger.ConcurrencyConflict(start.InstanceId, attempt);
            }
        }
    }

    private async Task RefuseChildAsync(PendingEventDocument start, OrchestrationRuntimeStatus status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (start.Event.Parent is not { } parent)
            return;
        var failure = new TaskFailureDetails(
            typeof(OrchestrationAlreadyExistsException).FullName!,
            $"Sub-orchestration instance '{start.InstanceId}' already exists and is {status}.");
        var notice = new PendingEventDocument(
            $"res-{parent.ExecutionId}-{parent.TaskId}",
            parent.InstanceId,
            SortKeys.Next(now),
            new HistoryEvent { EventType = HistoryEventType.SubOrchestrationInstanceFailed, TaskScheduledId = parent.TaskId, FailureDetails = failure, Timestamp = now },
            parent.ExecutionId);
        await DeliverAsync(notice, cancellationToken);
        await ProcessInstanceAsync(parent.InstanceId, cancellationToken);
    }

    /// <summary>A new instance document for the execution <paramref name="start"/> begins.</summary>
    internal static InstanceDocument NewInstance(PendingEventDocument start, DateTimeOffset now)
    {
        var e = start.Event;
        return new InstanceDocument
        {
            InstanceId = start.InstanceId,
            Name = e.Name!,
            ExecutionId = e.ExecutionId!,
            Status = OrchestrationRuntimeStatus.Pending,
            Input = e.Input,
            CreatedAt = now,
            LastUpdatedAt = now,
            Parent = e.Parent,
            StartKey = start.StartKey,
            ScheduledStartTime = e.ScheduledStartTime,
            NextTimerDueAt = e.ScheduledStartTime,
        };
    }

    /// <summary>Deletes every document of an instance's partition except the instance document (events, markers).</summary>
    internal async Task<int> DeleteAllEventsAsync(string instanceId, CancellationToken cancellationToken)
    {
        var deleted = 0;
        while (true)
        {
            var query = new DocumentQuery(instanceId) { PageSize = 90 }.Where("/type", QueryOperator.NotEqual, InstanceDocument.DocumentType);
            var page = await Container.QueryAsync<PartitionItem>(query, cancellationToken);
            if (page.Items.Count == 0)
                return deleted;
            var batch = Container.CreateBatch(instanceId);
            foreach (var item in page.Items)
                batch.Delete(item.Id);
            try
            {
                await batch.ExecuteAsync(cancellationToken);
                deleted += page.Items.Count;
            }
            catch (DocumentBatchException ex) when (ex.Failure is DocumentNotFoundException)
            {
                // Someone else deleted part of the page meanwhile; read again.
            }
        }
    }

    /// <summary>The id and type of any document in the container.</summary>
    internal sealed record PartitionItem(string Id, string? Type);
}
