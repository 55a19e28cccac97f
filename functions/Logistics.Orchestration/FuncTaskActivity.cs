namespace Logistics.Orchestration;

/// <summary>Adapts a delegate to <see cref="TaskActivity{TInput, TOutput}"/>.</summary>
internal sealed class FuncTaskActivity<TInput, TOutput>(Func<TaskActivityContext, TInput, Task<TOutput>> run)
    : TaskActivity<TInput, TOutput>
{
    public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) => run(context, input);
}
