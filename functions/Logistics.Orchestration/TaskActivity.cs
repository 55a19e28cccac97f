namespace Logistics.Orchestration;

/// <summary>Base of class-based activities; registered under the class name by default.</summary>
/// <remarks>
/// Activities run at least once per scheduled task: a crash before the result is committed runs them again. Use
/// <see cref="TaskActivityContext.ScheduledId"/> to make side effects idempotent. A new instance is resolved from a fresh
/// service scope for every call.
/// </remarks>
public abstract class TaskActivity<TInput, TOutput> : ITaskActivity
{
    Type ITaskActivity.InputType => typeof(TInput);

    Type ITaskActivity.OutputType => typeof(TOutput);

    /// <summary>The activity logic; may do I/O.</summary>
    public abstract Task<TOutput> RunAsync(TaskActivityContext context, TInput input);

    async Task<object?> ITaskActivity.RunAsync(TaskActivityContext context, object? input) =>
        await RunAsync(context, input is TInput typed ? typed : default!);
}
