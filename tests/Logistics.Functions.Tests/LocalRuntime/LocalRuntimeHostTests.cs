using Logistics.Functions.Hosting;
using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Tests.Infrastructure;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Logistics.Functions.Tests.LocalRuntime;

/// <summary>The local runtime as the executable builds it when no Functions host started it.</summary>
public sealed class LocalRuntimeHostTests
{
    /// <summary>The embedded Durable Task worker's class name (internal to Logistics.DurableTask).</summary>
    public const string LocalDurableTaskWorker = "LocalDurableTaskWorker";

    [Fact]
    public async Task The_local_runtime_runs_one_timer_scheduler_and_one_embedded_Durable_Task_worker_over_the_apps_whole_catalog()
    {
        await using var app = await TestApp.StartAsync();

        var hostedServices = app.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();

        Assert.Same(AppRuntime.Local, app.Get<AppRuntime>());
        Assert.Single(hostedServices, nameof(TimerFunctionScheduler));
        Assert.Single(hostedServices, LocalDurableTaskWorker);
        // Hosted services start in registration order: the containers exist before the scheduler reads its records.
        Assert.True(hostedServices.IndexOf(nameof(StorageInitializer)) is >= 0 and var storage && storage < hostedServices.IndexOf(nameof(TimerFunctionScheduler)), string.Join(", ", hostedServices));
        Assert.NotNull(app.Get<DurableTaskClient>());
        Assert.Equal(
            app.Get<FunctionCatalog>().Functions.Select(f => f.Name),
            FunctionCatalog.From(typeof(LocalRuntimeHost).Assembly).Functions.Select(f => f.Name));
    }

    /// <summary>The implementation type's name of a hosted-service registration, also for one registered by a factory.</summary>
    public static string ImplementationName(ServiceDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.ImplementationType?.Name
            ?? descriptor.ImplementationInstance?.GetType().Name
            ?? descriptor.ImplementationFactory?.GetType().GenericTypeArguments[^1].Name
            ?? "?";
    }
}
