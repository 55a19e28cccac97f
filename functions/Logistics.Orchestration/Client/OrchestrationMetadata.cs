using System.Text.Json;
using Logistics.Storage.Documents;

namespace Logistics.Orchestration.Client;

/// <summary>The state of an orchestration instance as a client sees it.</summary>
/// <remarks>Inputs, outputs and custom status are null unless asked for; <see cref="History"/> is null unless asked for.</remarks>
public sealed record OrchestrationMetadata
{
    public required string InstanceId { get; init; }

    public required string Name { get; init; }

    public required OrchestrationRuntimeStatus RuntimeStatus { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>The current execution (changes on ContinueAsNew).</summary>
    public required string ExecutionId { get; init; }

    public string? SerializedInput { get; init; }

    public string? SerializedOutput { get; init; }

    public string? SerializedCustomStatus { get; init; }

    public TaskFailureDetails? FailureDetails { get; init; }

    /// <summary>The parent, for a sub-orchestration.</summary>
    public ParentInstance? Parent { get; init; }

    /// <summary>The earliest pending durable timer, if any (what the instance waits for, in time).</summary>
    public DateTimeOffset? NextTimerDueAt { get; init; }

    public IReadOnlyList<HistoryEvent>? History { get; init; }

    /// <summary>True while Pending, Running, Suspended or ContinuedAsNew.</summary>
    public bool IsRunning => !RuntimeStatus.IsTerminal();

    /// <summary>True once Completed, Failed or Terminated.</summary>
    public bool IsCompleted => RuntimeStatus.IsTerminal();

    public T? ReadInputAs<T>() => Read<T>(SerializedInput);

    public T? ReadOutputAs<T>() => Read<T>(SerializedOutput);

    public T? ReadCustomStatusAs<T>() => Read<T>(SerializedCustomStatus);

    private static T? Read<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, DocumentJson.Options);
}
