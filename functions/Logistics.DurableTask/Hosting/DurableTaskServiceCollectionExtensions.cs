using DurableTask.Core;
using DurableTask.Core.Query;
using Logistics.DurableTask.Client;
using Logistics.DurableTask.Sqlite;
using Logistics.Storage.Sqlite;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logistics.DurableTask.Hosting;

/// <summary>Registers the embedded Durable Task backend: the SQLite orchestration service, the client and the local worker.</summary>
public static class DurableTaskServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SqliteOrchestrationService"/> as a singleton over the registered <see cref="SqliteStorage"/>
    /// (see <c>AddEmbeddedStorage</c>), and as <see cref="IOrchestrationService"/>, <see cref="IOrchestrationServiceClient"/>,
    /// <see cref="IOrchestrationServiceQueryClient"/> and <see cref="IOrchestrationServicePurgeClient"/>. Uses the registered
    /// <see cref="TimeProvider"/>, else <see cref="TimeProvider.System"/>.
    /// </summary>
    public static IServiceCollection AddSqliteOrchestrationService(this IServiceCollection services, Action<SqliteOrchestrationServiceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SqliteOrchestrationServiceOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.AddSingleton(provider => new SqliteOrchestrationService(
            provider.GetRequiredService<SqliteStorage>(),
            provider.GetRequiredService<IOptions<SqliteOrchestrationServiceOptions>>().Value,
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetService<ILoggerFactory>()));
        services.AddSingleton<IOrchestrationService>(provider => provider.GetRequiredService<SqliteOrchestrationService>());
        services.AddSingleton<IOrchestrationServiceClient>(provider => provider.GetRequiredService<SqliteOrchestrationService>());
        services.AddSingleton<IOrchestrationServiceQueryClient>(provider => provider.GetRequiredService<SqliteOrchestrationService>());
        services.AddSingleton<IOrchestrationServicePurgeClient>(provider => provider.GetRequiredService<SqliteOrchestrationService>());
        return services;
    }

    /// <summary>
    /// Registers a <see cref="DurableTaskClient"/> singleton over the registered <see cref="IOrchestrationServiceClient"/>, and
    /// a hosted service that runs the tasks <paramref name="registerTasks"/> registers under DurableTask.Core's TaskHubWorker
    /// over the registered <see cref="IOrchestrationService"/> (the SQLite one, or any other, e.g. an in-memory one in tests).
    /// </summary>
    /// <remarks>
    /// Orchestration time comes from the registered <see cref="TimeProvider"/> (else the system clock). Activity classes are
    /// created per execution from the root service provider, so they get constructor injection of singletons.
    /// </remarks>
    public static IServiceCollection AddLocalDurableTask(
        this IServiceCollection services,
        Action<DurableTaskRegistry> registerTasks,
        Action<LocalDurableTaskOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(registerTasks);
        var registry = new DurableTaskRegistry();
        registerTasks(registry);
        var options = services.AddOptions<LocalDurableTaskOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.AddSingleton<DurableTaskClient>(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<LocalDurableTaskOptions>>().Value;
            return new OrchestrationServiceDurableTaskClient(settings.ClientName, provider.GetRequiredService<IOrchestrationServiceClient>(), settings.DataConverter);
        });
        services.AddHostedService(provider => new LocalDurableTaskWorker(
            provider,
            provider.GetRequiredService<IOrchestrationService>(),
            registry,
            provider.GetRequiredService<IOptions<LocalDurableTaskOptions>>().Value,
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetService<ILoggerFactory>()));
        return services;
    }
}
