using System.Text.Json;
using System.Text.Json.Serialization;
using Logistics.Orchestration;

namespace Logistics.Functions.Management;

/// <summary>One history event in the shape Durable Functions' HTTP API uses (PascalCase, payloads on request).</summary>
public sealed record DurableHistoryEvent
{
    [JsonPropertyName("EventType")]
    public required string EventType { get; init; }

    [JsonPropertyName("Timestamp")]
    public required DateTimeOffset Timestamp { get; init; }

    [JsonPropertyName("EventId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? EventId { get; init; }

    [JsonPropertyName("TaskScheduledId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TaskScheduledId { get; init; }

    [JsonPropertyName("FunctionName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FunctionName { get; init; }

    [JsonPropertyName("Input")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Input { get; init; }

    [JsonPropertyName("Result")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Result { get; init; }

    [JsonPropertyName("FailureDetails")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TaskFailureDetails? FailureDetails { get; init; }

    [JsonPropertyName("FireAt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? FireAt { get; init; }

    [JsonPropertyName("InstanceId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InstanceId { get; init; }

    [JsonPropertyName("Reason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    [JsonPropertyName("OrchestrationStatus")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OrchestrationStatus { get; init; }

    /// <summary>Maps an engine history event; inputs and results only with <paramref name="withPayloads"/> (they can be large or private).</summary>
    public static DurableHistoryEvent From(HistoryEvent e, bool withPayloads)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new DurableHistoryEvent
        {
            EventType = e.EventType.ToString(),
            Timestamp = e.Timestamp,
            EventId = e.EventId,
            TaskScheduledId = e.TaskScheduledId,
            FunctionName = e.Name,
            Input = withPayloads ? DurableInstanceStatus.Parse(e.Input) : null,
            Result = withPayloads ? DurableInstanceStatus.Parse(e.Result) : null,
            FailureDetails = e.FailureDetails is { } f ? f with { StackTrace = withPayloads ? f.StackTrace : null } : null,
            FireAt = e.FireAt,
            InstanceId = e.InstanceId,
            Reason = e.Reason,
            OrchestrationStatus = e.OrchestrationStatus?.ToString(),
        };
    }
}
