namespace Logistics.Orchestration.Runtime;

/// <summary>
/// Decides what a work item does with an instance's pending events: which to consume, which become history, which wait
/// (while suspended or not yet started) — before any orchestrator code runs.
/// </summary>
/// <remarks>
/// Stale events (another execution's results, duplicates of results already in history, anything for a finished
/// instance) are consumed without effect: this is how at-least-once deliveries collapse.
/// </remarks>
internal sealed class EpisodePlan
{
    private readonly HashSet<int> scheduled = [];
    private readonly HashSet<int> answered = [];

    private EpisodePlan()
    {
    }

    public List<PendingEventDocument> Consumed { get; } = [];

    public List<HistoryEvent> Incoming { get; } = [];

    public HistoryEvent? Terminate { get; private set; }

    public HistoryEvent? Rewind { get; private set; }

    /// <summary>Events remain pending that this work item did not take: send another wake-up.</summary>
    public bool Leftovers { get; private set; }

    public bool Suspended { get; private set; }

    public bool Started { get; private set; }

    public bool IsEmpty => Consumed.Count == 0 && Incoming.Count == 0 && Terminate is null && Rewind is null;

    public static EpisodePlan Build(InstanceDocument doc, IReadOnlyList<PendingEventDocument> pending, bool morePending, DateTimeOffset now)
    {
        var plan = new EpisodePlan { Leftovers = morePending, Suspended = doc.Status == OrchestrationRuntimeStatus.Suspended };
        foreach (var e in doc.History)
        {
            switch (e.EventType)
            {
                case HistoryEventType.ExecutionStarted:
                    plan.Started = true;
                    break;
                case HistoryEventType.TaskScheduled or HistoryEventType.SubOrchestrationInstanceCreated:
                    plan.scheduled.Add(e.EventId!.Value);
                    break;
                case HistoryEventType.TaskCompleted or HistoryEventType.TaskFailed
                    or HistoryEventType.SubOrchestrationInstanceCompleted or HistoryEventType.SubOrchestrationInstanceFailed:
                    plan.answered.Add(e.TaskScheduledId!.Value);
                    break;
                default:
                    break;
            }
        }

        if (doc.Status.IsTerminal())
        {
            foreach (var item in pending)
            {
                plan.Consumed.Add(item);
                if (item.Event.EventType == HistoryEventType.ExecutionRewound && doc.Status == OrchestrationRuntimeStatus.Failed)
                    plan.Rewind ??= item.Event;
            }

            return plan;
        }

        plan.Classify(doc, pending, now);
        if (!plan.Suspended && plan.Started && plan.Terminate is null)
            plan.FireDueTimers(doc, now);
        return plan;
    }

    private void Classify(InstanceDocument doc, IReadOnlyList<PendingEventDocument> pending, DateTimeOffset now)
    {
        var waiting = new List<PendingEventDocument>();
        for (var i = 0; i < pending.Count; i++)
        {
            var item = pending[i];
            switch (item.Event.EventType)
            {
                case HistoryEventType.ExecutionTerminated:
                    Consumed.Add(item);
                    Terminate = item.Event;
                    Leftovers |= i < pending.Count - 1;
                    return;
                case HistoryEventType.ExecutionSuspended:
                    Consumed.Add(item);
                    if (!Suspended)
                    {
                        Suspended = true;
                        Incoming.Add(item.Event);
                    }

                    break;
                case HistoryEventType.ExecutionResumed:
                    Consumed.Add(item);
                    if (Suspended)
                    {
                        Suspended = false;
                        Incoming.Add(item.Event);
                        Release(doc, waiting);
                    }

                    break;
                case HistoryEventType.ExecutionRewound:
                    // Only a failed instance can be rewound; otherwise the request has nothing to do.
                    Consumed.Add(item);
                    break;
                case HistoryEventType.ExecutionStarted:
                    if (item.TargetExecutionId != doc.ExecutionId || Started)
                    {
                        Consumed.Add(item);
                    }
                    else if (item.Event.ScheduledStartTime is { } startAt && startAt > now)
                    {
                        // Waits for its start time; the timer sweep wakes the instance then.
                    }
                    else
                    {
                        Consumed.Add(item);
                        Incoming.Add(item.Event);
                        Started = true;
                        if (!Suspended)
                            Release(doc, waiting);
                    }

                    break;
                default:
                    if (Suspended || !Started)
                        waiting.Add(item);
                    else
                        Accept(doc, item);
                    break;
            }
        }

        Leftovers |= waiting.Count > 0 && !Suspended && Started;
    }

    private void Release(InstanceDocument doc, List<PendingEventDocument> waiting)
    {
        if (!Started)
            return;
        foreach (var item in waiting)
            Accept(doc, item);
        waiting.Clear();
    }

    private void Accept(InstanceDocument doc, PendingEventDocument item)
    {
        Consumed.Add(item);
        var e = item.Event;
        switch (e.EventType)
        {
            case HistoryEventType.EventRaised:
                Incoming.Add(e);
                break;
            case HistoryEventType.TaskCompleted or HistoryEventType.TaskFailed
                or HistoryEventType.SubOrchestrationInstanceCompleted or HistoryEventType.SubOrchestrationInstanceFailed:
                var id = e.TaskScheduledId ?? -1;
                if (item.TargetExecutionId == doc.ExecutionId && scheduled.Contains(id) && answered.Add(id))
                    Incoming.Add(e);
                break;
            default:
                // Anything else is not a valid pending event: drop it.
                break;
        }
    }

    private void FireDueTimers(InstanceDocument doc, DateTimeOffset now)
    {
        if (doc.Timers.Count == 0)
            return;
        var due = doc.Timers.Where(t => t.ExecutionId != doc.ExecutionId || t.FireAt <= now).OrderBy(t => t.FireAt).ThenBy(t => t.TaskId).ToList();
        foreach (var timer in due)
        {
            doc.Timers.Remove(timer);
            if (timer.ExecutionId == doc.ExecutionId)
                Incoming.Add(new HistoryEvent { EventType = HistoryEventType.TimerFired, TaskScheduledId = timer.TaskId, FireAt = timer.FireAt, Timestamp = now });
        }
    }
}
