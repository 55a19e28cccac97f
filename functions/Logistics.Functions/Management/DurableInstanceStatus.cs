using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Management;

/// <summary>An instance as Durable Functions' HTTP API shows it (<c>GET /instances/{id}</c>).</summary>
public sealed record DurableInstanceStatus
{
    public required string Name { get; init; }

    public required string InstanceId { get; init; }

    public required string RuntimeStatus { get; init; }

    public JsonElement? Input { get; init; }

    public JsonElement? CustomStatus { get; init; }

    public JsonElement? Output { get; init; }

    public required DateTimeOffset CreatedTime { get; init; }

    public required DateTimeOffset LastUpdatedTime { get; init; }

    /// <summary>Only with <c>showHistory=true</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DurableHistoryEvent>? HistoryEvents { get; init; }

    /// <summary>Maps client metadata; <paramref name="showInput"/> keeps the input.</summary>
    public static DurableInstanceStatus From(OrchestrationMetadata instance, bool showInput, IReadOnlyList<DurableHistoryEvent>? history)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new DurableInstanceStatus
        {
            Name = instance.Name,
            InstanceId = instance.InstanceId,
            RuntimeStatus = instance.RuntimeStatus.ToString(),
            Input = showInput ? Parse(instance.SerializedInput) : null,
            CustomStatus = Parse(instance.SerializedCustomStatus),
            Output = instance.FailureDetails is { } failure
                ? JsonSerializer.SerializeToElement($"{failure.ErrorType}: {failure.ErrorMessage}")
                : Parse(instance.SerializedOutput),
            CreatedTime = instance.CreatedAt,
            LastUpdatedTime = instance.LastUpdatedAt,
            HistoryEvents = history,
        };
    }

    /// <summary>Parses stored JSON; a payload that is not JSON (a plain reason text) is shown as a string.</summary>
    internal static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<JsonElement>(json);
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(json);
        }
    }
}
