using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Logistics.Orchestration.Runtime;

/// <summary>
/// Runs one execution of an orchestrator by replaying its history, then applies new events and collects the actions the
/// code takes. The same object can be kept alive between work items (the orchestrator cache): applying new events to a
/// live executor gives exactly what a fresh replay followed by those events gives.
/// </summary>
/// <remarks>
/// Actions get task ids in call order. Scheduling events in history must match the actions the code produces for the
/// same task id (same kind and name), otherwise <see cref="NonDeterministicOrchestrationException"/> ends the execution.
/// Not thread-safe: the runtime uses one executor under the instance's lock.
/// </remarks>
internal sealed partial class OrchestrationExecutor
{
    private readonly OrchestrationSynchronizationContext sync = new();
    private readonly Dictionary<int, OpenTask> openTasks = [];
    private readonly SortedDictionary<int, HistoryEvent> unconfirmed = [];
    private readonly LinkedList<BufferedEvent> buffered = new();
    private readonly Dictionary<string, LinkedList<EventWaiter>> waiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly ITaskOrchestrator orchestrator;
    private readonly ReplayOrchestrationContext context;
    private readonly ILoggerFactory loggerFactory;
    private readonly int maxCustomStatusBytes;
    private Task<object?>? run;
    private int nextTaskId;
    private int guidCounter;
    private bool continueAsNew;
    private bool preserveUnprocessedEvents;
    private string? continueAsNewInput;
    private Exception? fatal;

    public OrchestrationExecutor(ITaskOrchestrator orchestrator, string instanceId, string name, string executionId, ILoggerFactory loggerFactory, int maxCustomStatusBytes)
    {
        this.orchestrator = orchestrator;
        this.loggerFactory = loggerFactory;
        this.maxCustomStatusBytes = maxCustomStatusBytes;
        InstanceId = instanceId;
        Name = name;
        ExecutionId = executionId;
        context = new ReplayOrchestrationContext(this);
    }

    public string InstanceId { get; }

    public string Name { get; }

    public string ExecutionId { get; }

    public string? Input { get; private set; }

    public DateTime CurrentUtcDateTime { get; private set; }

    public bool IsReplaying { get; private set; }

    public string? CustomStatus { get; private set; }

    /// <summary>Set once the execution ended; the executor must not be used further.</summary>
    public ExecutionOutcome? Outcome { get; private set; }

    /// <summary>Replays committed history (sets <see cref="IsReplaying"/> while doing so).</summary>
    /// <exception cref="NonDeterministicOrchestrationException">The code no longer matches the history.</exception>
    public void Replay(IReadOnlyList<HistoryEvent> history)
    {
        IsReplaying = true;
        foreach (var historyEvent in history)
        {
            Apply(historyEvent);
            if (fatal is not null)
                break;
        }

        IsReplaying = false;
    }

    /// <summary>Runs one new episode: <paramref name="started"/> (an OrchestratorStarted event) followed by <paramref name="incoming"/>.</summary>
    public EpisodeResult Execute(HistoryEvent started, IReadOnlyList<HistoryEvent> incoming)
    {
        IsReplaying = false;
        var newEvents = new List<HistoryEvent>(incoming.Count + 4) { started };
        Apply(started);
        foreach (var historyEvent in incoming)
        {
            newEvents.Add(historyEvent);
            if (fatal is null)
                Apply(historyEvent);
        }

        var actions = new List<HistoryEvent>(unconfirmed.Count);
        if (fatal is null)
        {
            foreach (var action in unconfirmed.Values)
                actions.Add(action with { Timestamp = started.Timestamp });
            unconfirmed.Clear();
            newEvents.AddRange(actions);
        }

        CheckOutcome();

        // Events that arrived in this episode after the orchestrator decided to continue as new are carried too.
        if (Outcome is { Status: OrchestrationRuntimeStatus.ContinuedAsNew } && preserveUnprocessedEvents)
            Outcome = Outcome with { CarriedEvents = [.. buffered] };
        return new EpisodeResult(newEvents, actions, Outcome);
    }

    private void Apply(HistoryEvent historyEvent)
    {
        try
        {
            sync.Run(() => Dispatch(historyEvent));
            if (sync.ForeignPost)
            {
                throw new InvalidOperationException(
                    "The orchestrator awaited a task that its context did not create (Task.Run, Task.Delay, I/O or ConfigureAwait(false)); orchestrator code must await only context tasks.");
            }
        }
        catch (Exception ex) when (ex is NonDeterministicOrchestrationException or InvalidOperationException or System.Text.Json.JsonException or NotSupportedException)
        {
            fatal = ex;
        }

        CheckOutcome();
    }

    private void Dispatch(HistoryEvent e)
    {
        switch (e.EventType)
        {
            case HistoryEventType.OrchestratorStarted:
                CurrentUtcDateTime = e.Timestamp.UtcDateTime;
                break;
            case HistoryEventType.ExecutionStarted:
                Start(e.Input);
                break;
            case HistoryEventType.TaskScheduled or HistoryEventType.TimerCreated
                or HistoryEventType.SubOrchestrationInstanceCreated or HistoryEventType.EventSent:
                Confirm(e);
                break;
            case HistoryEventType.TaskCompleted or HistoryEventType.SubOrchestrationInstanceCompleted or HistoryEventType.TimerFired:
                if (e.TaskScheduledId is { } done && openTasks.Remove(done, out var completed))
                    completed.Source.TrySetResult(e.Result);
                break;
            case HistoryEventType.TaskFailed or HistoryEventType.SubOrchestrationInstanceFailed:
                if (e.TaskScheduledId is { } failedId && openTasks.Remove(failedId, out var failed))
                {
                    failed.Source.TrySetException(new TaskFailedException(
                        failed.Name, failedId, e.FailureDetails ?? new TaskFailureDetails("Unknown", "The task failed without details.")));
                }

                break;
            case HistoryEventType.EventRaised:
                DeliverEvent(e.Name ?? string.Empty, e.Input);
                break;
            default:
                // Completion, termination, suspension and rewind markers are the runtime's business.
                break;
        }
    }

    private void Start(string? input)
    {
        if (run is not null)
            return;
        Input = input;
        var typedInput = OrchestrationJson.Deserialize(input, orchestrator.InputType);
        try
        {
            run = orchestrator.RunAsync(context, typedInput);
        }
#pragma warning disable CA1031 // A synchronous throw from orchestrator code is that orchestration's failure, like an async one.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            run = Task.FromException<object?>(ex);
        }
    }

    private void Confirm(HistoryEvent recorded)
    {
        var id = recorded.EventId ?? -1;
        if (!unconfirmed.Remove(id, out var produced))
        {
            throw new NonDeterministicOrchestrationException(
                $"Non-deterministic orchestrator '{Name}': history has {Describe(recorded)} but the code did not schedule anything as task #{id.ToString(CultureInfo.InvariantCulture)} on replay.");
        }

        if (produced.EventType != recorded.EventType || !string.Equals(produced.Name, recorded.Name, StringComparison.OrdinalIgnoreCase))
        {
            throw new NonDeterministicOrchestrationException(
                $"Non-deterministic orchestrator '{Name}': history expected {Describe(recorded)} but the code scheduled {Describe(produced)}.");
        }
    }

    private void CheckOutcome()
    {
        if (Outcome is not null)
            return;
        if (fatal is not null)
        {
            Outcome = new ExecutionOutcome(OrchestrationRuntimeStatus.Failed, null, TaskFailureDetails.FromException(fatal), []);
            return;
        }

        if (run is null || !run.IsCompleted)
            return;
        if (run.IsFaulted || run.IsCanceled)
        {
            var error = run.Exception?.InnerException ?? (Exception?)run.Exception ?? new TaskCanceledException("The orchestrator was cancelled.");
            Outcome = new ExecutionOutcome(OrchestrationRuntimeStatus.Failed, null, TaskFailureDetails.FromException(error), []);
        }
        else if (continueAsNew)
        {
            Outcome = new ExecutionOutcome(
                OrchestrationRuntimeStatus.ContinuedAsNew,
                continueAsNewInput,
                null,
                preserveUnprocessedEvents ? [.. buffered] : []);
        }
        else
        {
            Outcome = new ExecutionOutcome(OrchestrationRuntimeStatus.Completed, OrchestrationJson.Serialize(run.Result, orchestrator.OutputType), null, []);
        }
    }

    private static string Describe(HistoryEvent e) => e.EventType switch
    {
        HistoryEventType.TimerCreated => $"TimerCreated #{e.EventId}",
        _ => $"{e.EventType} '{e.Name}' #{e.EventId}",
    };
}
