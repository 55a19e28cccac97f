namespace Logistics.Orchestration;

/// <summary>Base of class-based orchestrators; registered under the class name by default.</summary>
/// <remarks>A new instance is created (from the service provider) for every execution and every replay.</remarks>
public abstract class TaskOrchestrator<TInput, TOutput> : ITaskOrchestrator
{
    Type ITaskOrchestrator.InputType => typeof(TInput);

    Type ITaskOrchestrator.OutputType => typeof(TOutput);

    /// <summary>The orchestration logic; see <see cref="TaskOrchestrationContext"/> for the determinism rules.</summary>
    public abstract Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input);

    async Task<object?> ITaskOrchestrator.RunAsync(TaskOrchestrationContext context, object? input) =>
        await RunAsync(context, input is TInput typed ? typed : default!);
}
