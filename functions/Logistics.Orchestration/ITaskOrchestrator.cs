namespace Logistics.Orchestration;

/// <summary>An orchestrator the engine can run; derive from <see cref="TaskOrchestrator{TInput, TOutput}"/> instead of implementing this.</summary>
public interface ITaskOrchestrator
{
    /// <summary>The type the input is deserialized to.</summary>
    Type InputType { get; }

    /// <summary>The type of the output.</summary>
    Type OutputType { get; }

    /// <summary>Runs (or replays) the orchestration.</summary>
    Task<object?> RunAsync(TaskOrchestrationContext context, object? input);
}
