using Logistics.Storage;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Blobs.Folder;
using Logistics.Storage.Documents;

namespace Logistics.Functions.Hosting;

/// <summary>Chooses and registers the storage adapters from configuration.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Embedded SQLite (documents and queue) and a local blob folder by default; Cosmos DB and Azure Blob storage when
    /// configured. The local runtime always opens the SQLite file: it holds the embedded queue, which plays Service
    /// Bus's part, and the orchestrations of the embedded Durable Task backend.
    /// </summary>
    public static IServiceCollection AddFunctionStorage(this IServiceCollection services, IConfiguration configuration, AppRuntime runtime)
    {
        var settings = StorageSettings.From(configuration);
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
        }

        if (settings.UsesAzureBlobs)
        {
            services.AddAzureBlobStore(o => configuration.GetSection("AzureBlobs").Bind(o));
        }
        else
        {
            services.AddFolderBlobStore(o => o.RootPath = settings.BlobsRootPath);
        }

        services.AddHostedService<StorageInitializer>();
        return services;
    }
}
