using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Logistics.Functions.Durable;

/// <summary>
/// What the thin <c>[Function]</c> wrappers of orchestrators and activities call under the Functions host: run the
/// Durable Task class that holds the logic. (The class-based source generator that would write these wrappers is not
/// available, so they are written by hand; the local runtime runs the same classes directly.)
/// </summary>
public static class DurableTaskFunction
{
    /// <summary>Runs orchestrator <typeparamref name="TOrchestrator"/> with the context's input.</summary>
    public static Task<TOutput> RunOrchestratorAsync<TOrchestrator, TInput, TOutput>(TaskOrchestrationContext context)
        where TOrchestrator : TaskOrchestrator<TInput, TOutput>, new()
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TOrchestrator().RunAsync(context, context.GetInput<TInput>()!);
    }

    /// <summary>Runs activity <typeparamref name="TActivity"/>, created from the invocation's services (constructor injection).</summary>
    public static Task<TOutput> RunActivityAsync<TActivity, TInput, TOutput>(TInput input, string instanceId, FunctionContext function)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        ArgumentNullException.ThrowIfNull(function);
        var activity = ActivatorUtilities.GetServiceOrCreateInstance<TActivity>(function.InstanceServices);
        return activity.RunAsync(new FunctionActivityContext(typeof(TActivity).Name, instanceId), input);
    }

    private sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
    {
        public override TaskName Name { get; } = name;

        public override string InstanceId { get; } = instanceId;
    }
}
