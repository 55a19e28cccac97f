using System.Text.Json;
using System.Text.Json.Serialization;
using DurableTask.Core.History;

namespace Logistics.Functions.Management;

/// <summary>One history event in the shape Durable Functions' HTTP API uses (PascalCase, payloads on request).</summary>
/// <remarks>
/// As Durable Functions does, scheduling events are folded into their outcomes: a <c>TaskCompleted</c> carries the
/// activity's <c>FunctionName</c> and <c>ScheduledTime</c>, and the bookkeeping events of each episode are left out.
/// </remarks>
public sealed record DurableHistoryEvent
{
    [JsonPropertyName("EventType")]
    public required string EventType { get; init; }

    [JsonPropertyName("Timestamp")]
    public required DateTimeOffset Timestamp { get; init; }

    [JsonPropertyName("EventId")]
    public int EventId { get; init; }

    [JsonPropertyName("FunctionName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FunctionName { get; init; }

    [JsonPropertyName("ScheduledTime")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ScheduledTime { get; init; }

    [JsonPropertyName("Input")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Input { get; init; }

    [JsonPropertyName("Result")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Result { get; init; }

    [JsonPropertyName("Reason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    [JsonPropertyName("Details")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Details { get; init; }

    [JsonPropertyName("FireAt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? FireAt { get; init; }

    [JsonPropertyName("InstanceId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InstanceId { get; init; }

    [JsonPropertyName("OrchestrationStatus")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OrchestrationStatus { get; init; }

    /// <summary>Maps a history; inputs and results only with <paramref name="withPayloads"/> (they can be large or private).</summary>
    public static IReadOnlyList<DurableHistoryEvent> From(IEnumerable<HistoryEvent> history, bool withPayloads)
    {
        ArgumentNullException.ThrowIfNull(history);
        var events = history.ToList();
        var scheduled = new Dictionary<int, HistoryEvent>();
        foreach (var e in events.Where(e => e is TaskScheduledEvent or SubOrchestrationInstanceCreatedEvent or TimerCreatedEvent))
        {
            scheduled[e.EventId] = e;
        }

        var mapped = new List<DurableHistoryEvent>();
        foreach (var e in events)
        {
            JsonElement? Payload(string? json) => withPayloads ? DurableInstanceStatus.Parse(json) : null;
            DurableHistoryEvent Base() => new() { EventType = e.EventType.ToString(), Timestamp = Utc(e.Timestamp), EventId = e.EventId };
            (string? Name, DateTimeOffset? At) Origin(int id) => scheduled.TryGetValue(id, out var origin)
                ? (origin switch { TaskScheduledEvent t => t.Name, SubOrchestrationInstanceCreatedEvent s => s.Name, _ => null }, Utc(origin.Timestamp))
                : (null, null);
            switch (e)
            {
                case OrchestratorStartedEvent or OrchestratorCompletedEvent or TaskScheduledEvent or SubOrchestrationInstanceCreatedEvent or TimerCreatedEvent:
                    break;
                case ExecutionStartedEvent started:
                    mapped.Add(Base() with { FunctionName = started.Name, Input = Payload(started.Input) });
                    break;
                case TaskCompletedEvent completed:
                    var (name, at) = Origin(completed.TaskScheduledId);
                    mapped.Add(Base() with { FunctionName = name, ScheduledTime = at, Result = Payload(completed.Result) });
                    break;
                case TaskFailedEvent failed:
                    (name, at) = Origin(failed.TaskScheduledId);
                    mapped.Add(Base() with { FunctionName = name, ScheduledTime = at, Reason = failed.FailureDetails?.ErrorMessage ?? failed.Reason, Details = withPayloads ? failed.FailureDetails?.StackTrace ?? failed.Details : null });
                    break;
                case SubOrchestrationInstanceCompletedEvent completed:
                    (name, at) = Origin(completed.TaskScheduledId);
                    mapped.Add(Base() with { FunctionName = name, ScheduledTime = at, Result = Payload(completed.Result) });
                    break;
                case SubOrchestrationInstanceFailedEvent failed:
                    (name, at) = Origin(failed.TaskScheduledId);
                    mapped.Add(Base() with { FunctionName = name, ScheduledTime = at, Reason = failed.FailureDetails?.ErrorMessage ?? failed.Reason });
                    break;
                case TimerFiredEvent fired:
                    mapped.Add(Base() with { FireAt = Utc(fired.FireAt) });
                    break;
                case EventRaisedEvent raised:
                    mapped.Add(Base() with { FunctionName = raised.Name, Input = Payload(raised.Input) });
                    break;
                case EventSentEvent sent:
                    mapped.Add(Base() with { FunctionName = sent.Name, InstanceId = sent.InstanceId, Input = Payload(sent.Input) });
                    break;
                case ExecutionCompletedEvent completed:
                    mapped.Add(Base() with
                    {
                        OrchestrationStatus = completed.OrchestrationStatus.ToString(),
                        Result = Payload(completed.Result),
                        Reason = completed.FailureDetails?.ErrorMessage,
                    });
                    break;
                case ExecutionTerminatedEvent terminated:
                    mapped.Add(Base() with { Reason = terminated.Input });
                    break;
                case ExecutionSuspendedEvent suspended:
                    mapped.Add(Base() with { Reason = suspended.Reason });
                    break;
                case ExecutionResumedEvent resumed:
                    mapped.Add(Base() with { Reason = resumed.Reason });
                    break;
                default:
                    mapped.Add(Base());
                    break;
            }
        }

        return mapped;
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
