using Logistics.Application;
using Logistics.DurableTask.Hosting;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Logistics.Functions.Tests.Infrastructure;

/// <summary>Test-side changes to the app's Durable Task registrations (for <see cref="TestApp.StartAsync"/>'s <c>services</c>).</summary>
public static class DurableTaskServices
{
    /// <summary>
    /// Runs test orchestrators and activities beside the warehouse's: the app builds its task registry inside its own
    /// registration, so the local worker and its client are registered again, as the app does, with the extra tasks.
    /// </summary>
    public static IServiceCollection AddTestDurableTasks(this IServiceCollection services, Action<DurableTaskRegistry> addTasks)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(addTasks);
        services.Remove(services.Single(IsLocalWorker));
        services.RemoveAll<DurableTaskClient>();

        // The app's own configuration of LocalDurableTaskOptions (its data converter) stays registered and still applies.
        services.AddLocalDurableTask(registry => addTasks(registry.AddWarehouseTasks()));
        return services;
    }

    /// <summary>Replaces the registered <see cref="DurableTaskClient"/> by <paramref name="decorate"/> applied to it.</summary>
    public static IServiceCollection DecorateDurableTaskClient(this IServiceCollection services, Func<DurableTaskClient, DurableTaskClient> decorate)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(decorate);
        var original = services.Single(d => d.ServiceType == typeof(DurableTaskClient));
        var create = original.ImplementationFactory
            ?? throw new InvalidOperationException("The app registers its DurableTaskClient with a factory; this decorator relies on it.");
        services.Remove(original);
        services.AddSingleton(provider => decorate((DurableTaskClient)create(provider)));
        return services;
    }

    // AddHostedService(factory) keeps the factory's own delegate type, Func<IServiceProvider, LocalDurableTaskWorker>;
    // the worker class itself is internal to Logistics.DurableTask.
    private static bool IsLocalWorker(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(IHostedService) &&
        descriptor.ImplementationFactory?.GetType() is { IsGenericType: true } factory &&
        factory.GenericTypeArguments[^1].Name == "LocalDurableTaskWorker";
}
