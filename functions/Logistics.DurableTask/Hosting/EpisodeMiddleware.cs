using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Middleware;

namespace Logistics.DurableTask.Hosting;

/// <summary>
/// Runs before each orchestration episode: sets the episode's clock from the injected <see cref="TimeProvider"/> and
/// binds the shim to the instance's parent.
/// </summary>
/// <remarks>
/// DurableTask.Core stamps the episode's <see cref="OrchestratorStartedEvent"/> with <see cref="DateTime.UtcNow"/> when the
/// episode begins, before the dispatch middleware runs, and the executor reads that event's timestamp as
/// <c>CurrentUtcDateTime</c> only afterwards. Restamping it here makes orchestration time the injected clock, so a test clock
/// drives timers and deadlines consistently with the provider's timer visibility. Replays read the stored timestamp, so
/// orchestrations stay deterministic.
/// </remarks>
internal sealed class EpisodeMiddleware(TimeProvider time)
{
    public Task InvokeAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        var runtimeState = context.GetProperty<OrchestrationRuntimeState>();
        if (runtimeState?.NewEvents.OfType<OrchestratorStartedEvent>().LastOrDefault() is { } episodeStart)
            episodeStart.Timestamp = time.GetUtcNow().UtcDateTime;
        if (context.GetProperty<TaskOrchestration>() is ShimOrchestration shim)
            shim.Bind(runtimeState?.ParentInstance);
        return next();
    }
}
