using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Registers the Cosmos DB document store and its outbox relay.</summary>
public static class CosmosServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CosmosDocumentStore"/> as <see cref="IDocumentStore"/> (singleton, owning its
    /// <c>CosmosClient</c>), with <see cref="CosmosStoreOptions"/> bound from <paramref name="configuration"/> (e.g. the <c>Cosmos</c> section) and
    /// validated at start.
    /// </summary>
    public static IServiceCollection AddCosmosDocumentStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CosmosStoreOptions>().Bind(configuration);
        return AddCore(services);
    }

    /// <summary>As <see cref="AddCosmosDocumentStore(IServiceCollection, IConfiguration)"/>, with options set in code.</summary>
    public static IServiceCollection AddCosmosDocumentStore(this IServiceCollection services, Action<CosmosStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CosmosStoreOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Registers <see cref="CosmosOutboxRelay"/> as <see cref="IOutboxRelay"/> (singleton) on the registered
    /// <see cref="CosmosDocumentStore"/>, watching <paramref name="watchedContainers"/>. Each call adds its containers to
    /// <see cref="CosmosOutboxRelayOptions.WatchedContainers"/>, so every layer can name the containers it sends from.
    /// The relay uses the registered <see cref="TimeProvider"/> (the system clock when there is none).
    /// </summary>
    public static IServiceCollection AddCosmosOutboxRelay(this IServiceCollection services, params ContainerDefinition[] watchedContainers)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(watchedContainers);
        services.AddOptions<CosmosOutboxRelayOptions>().Configure(options =>
        {
            foreach (var definition in watchedContainers)
                options.WatchedContainers.Add(definition);
        });
        services.TryAddSingleton<IOutboxRelay>(provider => new CosmosOutboxRelay(
            provider.GetRequiredService<CosmosDocumentStore>(),
            provider.GetRequiredService<IOptions<CosmosOutboxRelayOptions>>().Value.WatchedContainers,
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetService<ILogger<CosmosOutboxRelay>>()));
        return services;
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.AddOptions<CosmosStoreOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CosmosStoreOptions>, CosmosStoreOptionsValidator>());
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CosmosStoreOptions>>().Value;
            var logger = provider.GetService<ILogger<CosmosDocumentStore>>();
            return new CosmosDocumentStore(CosmosClientFactory.Create(options), options, logger, ownsClient: true);
        });
        services.TryAddSingleton<IDocumentStore>(provider => provider.GetRequiredService<CosmosDocumentStore>());
        return services;
    }
}
