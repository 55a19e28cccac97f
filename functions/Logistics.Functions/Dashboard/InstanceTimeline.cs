using DurableTask.Core.History;

namespace Logistics.Functions.Dashboard;

/// <summary>
/// An instance's current execution as a Gantt chart: the orchestration, each activity and sub-orchestration from its
/// scheduling to its outcome, each durable timer, and each raised event.
/// </summary>
/// <param name="Start">When the execution started.</param>
/// <param name="End">When it ended, or now while it runs.</param>
/// <param name="Spans">The bars, in history order.</param>
public sealed record InstanceTimeline(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<TimelineSpan> Spans)
{
    /// <summary>Builds the timeline of <paramref name="history"/> (one execution, as the client returns it) at <paramref name="now"/>.</summary>
    /// <remarks>
    /// The warehouse's waits race an external event against a durable timer, so a timer that an event beat (the first
    /// event raised after the timer was created and before it fired) is drawn as a wait ended by that event; a timer
    /// still pending is the wait going on now.
    /// </remarks>
    public static InstanceTimeline Build(IReadOnlyList<HistoryEvent> history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        var spans = new List<TimelineSpan>();
        var start = history.Count > 0 ? Utc(history[0].Timestamp) : now;
        DateTimeOffset? end = null;
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i];
            var at = Utc(e.Timestamp);
            switch (e)
            {
                case ExecutionStartedEvent started:
                    start = at;
                    spans.Add(new TimelineSpan("orchestration", started.Name, at, null, "open"));
                    break;
                case TaskScheduledEvent scheduled:
                    spans.Add(Outcome(history, i, "activity", scheduled.Name ?? "activity", at,
                        o => o is TaskCompletedEvent c && c.TaskScheduledId == e.EventId ? ("completed", null)
                            : o is TaskFailedEvent f && f.TaskScheduledId == e.EventId ? ("failed", f.FailureDetails?.ErrorMessage ?? f.Reason) : null));
                    break;
                case SubOrchestrationInstanceCreatedEvent created:
                    spans.Add(Outcome(history, i, "suborchestration", created.Name ?? "sub-orchestration", at,
                        o => o is SubOrchestrationInstanceCompletedEvent c && c.TaskScheduledId == e.EventId ? ("completed", null)
                            : o is SubOrchestrationInstanceFailedEvent f && f.TaskScheduledId == e.EventId ? ("failed", f.FailureDetails?.ErrorMessage ?? f.Reason) : null));
                    break;
                case TimerCreatedEvent timer:
                    spans.Add(Timer(history, i, timer, at));
                    break;
                case EventRaisedEvent raised:
                    spans.Add(new TimelineSpan("event", raised.Name ?? "event", at, at, "raised"));
                    break;
                case ExecutionSuspendedEvent suspended:
                    spans.Add(new TimelineSpan("suspended", "suspended", at, null, "open", Detail: suspended.Reason));
                    break;
                case ExecutionResumedEvent:
                    var open = spans.FindLastIndex(s => s.Kind == "suspended" && s.End is null);
                    if (open >= 0)
                    {
                        spans[open] = spans[open] with { End = at, Outcome = "resumed" };
                    }

                    break;
                case ExecutionCompletedEvent completed:
                    end = at;
                    Close(spans, at, completed.OrchestrationStatus.ToString().ToLowerInvariant(), completed.FailureDetails?.ErrorMessage);
                    break;
                case ExecutionTerminatedEvent terminated:
                    end = at;
                    Close(spans, at, "terminated", terminated.Input);
                    break;
            }
        }

        var last = end ?? (now > start ? now : start);
        return new InstanceTimeline(start, last, spans);
    }

    private static TimelineSpan Outcome(IReadOnlyList<HistoryEvent> history, int index, string kind, string name, DateTimeOffset at, Func<HistoryEvent, (string Outcome, string? Detail)?> match)
    {
        for (var j = index + 1; j < history.Count; j++)
        {
            if (match(history[j]) is { } outcome)
            {
                return new TimelineSpan(kind, name, at, Utc(history[j].Timestamp), outcome.Outcome, Detail: outcome.Detail);
            }
        }

        return new TimelineSpan(kind, name, at, null, "open");
    }

    private static TimelineSpan Timer(IReadOnlyList<HistoryEvent> history, int index, TimerCreatedEvent timer, DateTimeOffset at)
    {
        var due = Utc(timer.FireAt);
        for (var j = index + 1; j < history.Count; j++)
        {
            switch (history[j])
            {
                case TimerFiredEvent fired when fired.TimerId == timer.EventId:
                    return new TimelineSpan("timer", "timer", at, Utc(fired.Timestamp), "fired", due);
                case EventRaisedEvent raised:
                    return new TimelineSpan("wait", raised.Name ?? "event", at, Utc(raised.Timestamp), "ended by event", due);
            }
        }

        return new TimelineSpan("wait", "waiting", at, null, "open", due);
    }

    // The execution ended: the orchestration bar closes with its outcome, and so does anything still open in it.
    private static void Close(List<TimelineSpan> spans, DateTimeOffset at, string outcome, string? detail)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].End is null)
            {
                spans[i] = spans[i].Kind == "orchestration"
                    ? spans[i] with { End = at, Outcome = outcome, Detail = detail }
                    : spans[i] with { End = at, Outcome = outcome == "terminated" ? "terminated" : "cancelled" };
            }
        }
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
