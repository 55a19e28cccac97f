using Logistics.Storage.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>Registers the Service Bus message queue.</summary>
public static class ServiceBusServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ServiceBusMessageQueue"/> as <see cref="IMessageQueue"/> (singleton, owning its
    /// <c>ServiceBusClient</c>, replacing an earlier registration), with <see cref="ServiceBusQueueOptions"/> bound from
    /// <paramref name="configuration"/> (the <c>ServiceBus</c> section) and validated at start. Uses the registered
    /// <see cref="TimeProvider"/>, else <see cref="TimeProvider.System"/>.
    /// </summary>
    public static IServiceCollection AddServiceBusMessageQueue(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ServiceBusQueueOptions>().Bind(configuration);
        return AddCore(services);
    }

    /// <summary>As <see cref="AddServiceBusMessageQueue(IServiceCollection, IConfiguration)"/>, with options set in code.</summary>
    public static IServiceCollection AddServiceBusMessageQueue(this IServiceCollection services, Action<ServiceBusQueueOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ServiceBusQueueOptions>().Configure(configure);
        return AddCore(services);
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.AddOptions<ServiceBusQueueOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServiceBusQueueOptions>, ServiceBusQueueOptionsValidator>());
        services.TryAddSingleton(provider => new ServiceBusMessageQueue(
            provider.GetRequiredService<IOptions<ServiceBusQueueOptions>>().Value,
            provider.GetService<ILogger<ServiceBusMessageQueue>>(),
            provider.GetService<TimeProvider>()));
        services.Replace(ServiceDescriptor.Singleton<IMessageQueue>(provider => provider.GetRequiredService<ServiceBusMessageQueue>()));
        return services;
    }
}
