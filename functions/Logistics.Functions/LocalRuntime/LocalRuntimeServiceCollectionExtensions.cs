using Logistics.Application;
using Logistics.DurableTask.Hosting;
using Microsoft.DurableTask.Converters;

namespace Logistics.Functions.LocalRuntime;

/// <summary>Registers what the local runtime adds to the shared registrations: the Durable Task backend and the timer scheduler.</summary>
public static class LocalRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Orchestrations run on the SQLite orchestration service in the app's database file, under DurableTask.Core's
    /// worker with the SDK's shims; timer functions run on their schedules. HTTP functions are mapped separately
    /// (<see cref="HttpFunctionEndpoints.MapHttpFunctions"/>).
    /// </summary>
    public static IServiceCollection AddLocalRuntime(this IServiceCollection services, FunctionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        services.AddSingleton(catalog);
        services.AddSqliteOrchestrationService();
        services.AddLocalDurableTask(registry => registry.AddWarehouseTasks(), options => options.DataConverter = new JsonDataConverter(WorkflowJson.Options));
        services.AddSingleton<TimerStatusStore>();
        services.AddSingleton(provider => TimerFunctions.Create(catalog, provider.GetRequiredService<IConfiguration>()));
        services.AddHostedService<TimerFunctionScheduler>();
        return services;
    }
}
