using Logistics.Functions.Table;
using Logistics.Orchestration.Hosting;

namespace Logistics.Functions.Workers;

/// <summary>
/// The functions that drive the orchestration engine. Standalone, the engine's own embedded worker may run them
/// instead (it batches identical wake-ups and sweeps timers at their due time); the dispatcher then leaves them alone
/// so the same queues do not get two kinds of receivers.
/// </summary>
public static class EngineFunctions
{
    private static readonly HashSet<Type> HandlerTypes =
        [typeof(OrchestrationWorkFunction), typeof(ActivityWorkFunction), typeof(OrchestrationTimersFunction)];

    /// <summary>
    /// True when the standalone runtime should not run <paramref name="function"/>: engine work that the embedded worker
    /// performs in this process. (Change-feed relays never run standalone: no dispatcher picks a Cosmos DB trigger.)
    /// </summary>
    public static bool SkipInStandalone(FunctionDefinition function, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(function);
        return function.HandlerType is { } type && HandlerTypes.Contains(type) &&
            services.GetServices<IHostedService>().Any(s => s is EmbeddedOrchestrationWorker);
    }
}
