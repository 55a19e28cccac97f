using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Logistics.Orchestration.Runtime;

/// <summary>The calls orchestrator code makes through its context.</summary>
internal sealed partial class OrchestrationExecutor
{
    public Task<string?> ScheduleActivity(string name, object? input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Schedule(new HistoryEvent
        {
            EventType = HistoryEventType.TaskScheduled,
            Name = name,
            Input = OrchestrationJson.Serialize(input),
        });
    }

    public Task<string?> ScheduleSubOrchestration(string name, string? instanceId, object? input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var childId = instanceId ?? NewGuid().ToString("N");
        return Schedule(new HistoryEvent
        {
            EventType = HistoryEventType.SubOrchestrationInstanceCreated,
            Name = name,
            InstanceId = childId,
            Input = OrchestrationJson.Serialize(input),
        });
    }

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        var fireAtUtc = new DateTimeOffset(DateTime.SpecifyKind(fireAt.ToUniversalTime(), DateTimeKind.Utc));
        var task = Schedule(new HistoryEvent { EventType = HistoryEventType.TimerCreated, FireAt = fireAtUtc });
        if (cancellationToken.CanBeCanceled)
        {
            var id = nextTaskId - 1;
            cancellationToken.Register(() =>
            {
                // The durable timer still fires later; its TimerFired event then finds no open task and is ignored.
                if (openTasks.Remove(id, out var open))
                    open.Source.TrySetCanceled(cancellationToken);
            });
        }

        return task;
    }

    public void SendEvent(string instanceId, string eventName, object? payload)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        var id = nextTaskId++;
        unconfirmed[id] = new HistoryEvent
        {
            EventType = HistoryEventType.EventSent,
            EventId = id,
            InstanceId = instanceId,
            Name = eventName,
            Input = OrchestrationJson.Serialize(payload),
        };
    }

    public Task<string?> WaitForEvent(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var node = buffered.First; node is not null; node = node.Next)
        {
            if (string.Equals(node.Value.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                buffered.Remove(node);
                return Task.FromResult(node.Value.Input);
            }
        }

        var waiter = new EventWaiter();
        if (!waiters.TryGetValue(name, out var list))
            waiters[name] = list = new LinkedList<EventWaiter>();
        var listNode = list.AddLast(waiter);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (listNode.List is not null)
                    list.Remove(listNode);
                waiter.Source.TrySetCanceled(cancellationToken);
            });
        }

        return waiter.Source.Task;
    }

    public void SetCustomStatus(object? status)
    {
        var json = OrchestrationJson.Serialize(status);
        var size = json is null ? 0 : Encoding.UTF8.GetByteCount(json);
        if (size > maxCustomStatusBytes)
        {
            throw new ArgumentException(
                $"The custom status of '{InstanceId}' is {size.ToString(CultureInfo.InvariantCulture)} bytes of JSON, over the limit of {maxCustomStatusBytes.ToString(CultureInfo.InvariantCulture)} bytes; keep it to a short summary.",
                nameof(status));
        }

        CustomStatus = json;
    }

    public void ContinueAsNew(object? newInput, bool preserveEvents)
    {
        continueAsNew = true;
        continueAsNewInput = OrchestrationJson.Serialize(newInput);
        preserveUnprocessedEvents = preserveEvents;
    }

    public Guid NewGuid()
    {
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"{InstanceId}_{CurrentUtcDateTime.ToString("o", CultureInfo.InvariantCulture)}_{guidCounter++}");
        return DeterministicGuid.Create(name);
    }

    public ILogger CreateLogger(string categoryName) =>
        new ReplaySafeLogger(loggerFactory.CreateLogger(categoryName), () => IsReplaying);

    private Task<string?> Schedule(HistoryEvent action)
    {
        var id = nextTaskId++;
        unconfirmed[id] = action with { EventId = id };
        var open = new OpenTask(action.Name ?? action.EventType.ToString());
        openTasks[id] = open;
        return open.Source.Task;
    }

    private void DeliverEvent(string name, string? input)
    {
        if (waiters.TryGetValue(name, out var list) && list.First is { } first)
        {
            list.RemoveFirst();
            first.Value.Source.TrySetResult(input);
            return;
        }

        buffered.AddLast(new BufferedEvent(name, input));
    }

    private sealed class OpenTask(string name)
    {
        public string Name { get; } = name;

        public TaskCompletionSource<string?> Source { get; } = new();
    }

    private sealed class EventWaiter
    {
        public TaskCompletionSource<string?> Source { get; } = new();
    }
}
