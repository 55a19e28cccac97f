using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.DurableTask.Hosting;

/// <summary>
/// Runs DurableTask.Core's <see cref="TaskHubWorker"/> over the registered <see cref="IOrchestrationService"/>, executing
/// Microsoft.DurableTask orchestrators and activities through the SDK's public shims.
/// </summary>
/// <remarks>Stopping drains: episodes and activities already running finish before the service stops.</remarks>
internal sealed class LocalDurableTaskWorker(
    IServiceProvider services,
    IOrchestrationService orchestrationService,
    DurableTaskRegistry registry,
    LocalDurableTaskOptions options,
    TimeProvider timeProvider,
    ILoggerFactory? loggerFactory) : IHostedService, IDisposable
{
    private readonly ILoggerFactory loggers = loggerFactory ?? NullLoggerFactory.Instance;
    private TaskHubWorker? worker;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await orchestrationService.CreateIfNotExistsAsync().ConfigureAwait(false);
        var limited = options.MaxConcurrentOrchestrationWorkItems is null && options.MaxConcurrentActivityWorkItems is null
            ? orchestrationService
            : new ConcurrencyLimitedOrchestrationService(orchestrationService, options.MaxConcurrentOrchestrationWorkItems, options.MaxConcurrentActivityWorkItems);
        options.WorkerOptions.DataConverter = options.DataConverter;
        var shims = new DurableTaskShimFactory(options.WorkerOptions, loggers);
        var factory = new RegistryTaskFactory(registry);
        var started = new TaskHubWorker(
            limited,
            new ShimOrchestrationManager(factory, shims, services),
            new ShimActivityManager(factory, shims, services),
            loggers)
        {
            // The shims report failures as FailureDetails (TaskFailedException.FailureDetails); this mode provides them.
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        started.AddOrchestrationDispatcherMiddleware(new EpisodeMiddleware(timeProvider).InvokeAsync);
        await started.StartAsync().ConfigureAwait(false);
        worker = started;
        loggers.CreateLogger<LocalDurableTaskWorker>().WorkerStarted(
            orchestrationService.ToString() ?? orchestrationService.GetType().Name,
            limited.MaxConcurrentTaskOrchestrationWorkItems,
            limited.MaxConcurrentTaskActivityWorkItems);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (worker is null)
            return;
        await worker.StopAsync(isForced: false).ConfigureAwait(false);
        worker.Dispose();
        worker = null;
        loggers.CreateLogger<LocalDurableTaskWorker>().WorkerStopped();
    }

    public void Dispose() => worker?.Dispose();
}
