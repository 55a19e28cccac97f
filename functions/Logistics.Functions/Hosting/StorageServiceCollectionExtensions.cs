using Logistics.Application.Warehouse;
using Logistics.Storage;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Azure.ServiceBus;
using Logistics.Storage.Blobs.Folder;
using Logistics.Storage.Documents;

namespace Logistics.Functions.Hosting;

/// <summary>Chooses and registers the storage adapters from configuration.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Embedded SQLite (documents and queue) and a local blob folder by default; Cosmos DB, Service Bus and Azure Blob
    /// storage when configured. The local runtime always opens the SQLite file: it holds the embedded queue, which plays
    /// Service Bus's part, and the orchestrations of the embedded Durable Task backend. On Cosmos DB the events wait in
    /// the container's outbox until the relay (<c>RelayOutbox</c>) moves them to the event bus.
    /// </summary>
    public static IServiceCollection AddFunctionStorage(this IServiceCollection services, IConfiguration configuration, AppRuntime runtime)
    {
        var settings = StorageSettings.From(configuration);
        if (runtime != AppRuntime.Local && settings.UsesCosmos && !settings.UsesServiceBus)
        {
            // Under the Functions host there is no SQLite file, so no embedded queue to carry the events.
            throw new InvalidOperationException($"Under the Functions host, Cosmos DB documents need Storage__Events__Provider '{StorageSettings.ServiceBus}' (the events' bus).");
        }

        services.AddSingleton(settings);
        if (!settings.UsesCosmos || runtime == AppRuntime.Local)
        {
            services.AddEmbeddedStorage(o =>
            {
                o.DatabasePath = settings.DatabasePath;
                o.SynchronousMode = settings.Synchronous;
            });
        }

        if (settings.UsesCosmos)
        {
            services.AddCosmosDocumentStore(configuration.GetSection(CosmosStoreOptions.SectionName));

            // AddEmbeddedStorage registered its own document store for the queue's sake; Cosmos DB holds the documents.
            services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<CosmosDocumentStore>());
            services.AddCosmosOutboxRelay(WarehouseStore.Definition);
        }

        if (settings.UsesServiceBus)
        {
            // Registered after the embedded storage, so it is the IMessageQueue the app resolves.
            services.AddServiceBusMessageQueue(configuration.GetSection(ServiceBusQueueOptions.SectionName));
        }

        if (settings.UsesAzureBlobs)
        {
            services.AddAzureBlobStore(o => configuration.GetSection(AzureBlobStoreOptions.SectionName).Bind(o));
        }
        else
        {
            services.AddFolderBlobStore(o => o.RootPath = settings.BlobsRootPath);
        }

        services.AddHostedService<StorageInitializer>();
        return services;
    }
}
