using Logistics.Orchestration.Client;
using Logistics.Orchestration.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Logistics.Orchestration.Hosting;

/// <summary>Registers the orchestration engine.</summary>
public static class OrchestrationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the registry, <see cref="OrchestrationRuntime"/> and <see cref="OrchestrationClient"/> (singletons).
    /// Needs an <c>IDocumentStore</c> (for example from <c>AddEmbeddedStorage</c>); uses a registered
    /// <see cref="TimeProvider"/> or the system clock.
    /// </summary>
    public static IServiceCollection AddOrchestrationEngine(
        this IServiceCollection services,
        Action<OrchestrationRegistry> configure,
        Action<OrchestrationEngineOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var registry = new OrchestrationRegistry();
        configure(registry);
        services.AddSingleton(registry);
        services.AddOptions<OrchestrationEngineOptions>().Configure(o => configureOptions?.Invoke(o));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OrchestrationRuntime>();
        services.TryAddSingleton<OrchestrationClient>();
        return services;
    }

    /// <summary>
    /// Registers <see cref="EmbeddedOrchestrationWorker"/> as a hosted service: it pumps the embedded <c>IMessageQueue</c> and
    /// runs the timer sweep. Not for Azure, where the Functions host delivers the messages.
    /// </summary>
    public static IServiceCollection AddEmbeddedOrchestrationWorker(this IServiceCollection services, Action<EmbeddedWorkerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<EmbeddedWorkerOptions>().Configure(o => configure?.Invoke(o));
        services.AddHostedService<EmbeddedOrchestrationWorker>();
        return services;
    }
}
