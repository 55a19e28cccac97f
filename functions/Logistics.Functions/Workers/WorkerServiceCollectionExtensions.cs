using Logistics.Orchestration.Hosting;
using Logistics.Orchestration.Runtime;

namespace Logistics.Functions.Workers;

/// <summary>Registers the orchestration engine behind the worker functions.</summary>
public static class WorkerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine with an empty registry unless the application layer registered it already (with its orchestrators).
    /// No embedded worker: the function table's queue and timer functions drive the engine in both runtimes.
    /// </summary>
    public static IServiceCollection AddOrchestrationWorkers(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(OrchestrationRuntime)))
        {
            services.AddOrchestrationEngine(_ => { });
        }

        return services;
    }
}
