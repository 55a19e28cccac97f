using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Security;
using Logistics.Storage.Documents;

namespace Logistics.Functions.Hosting;

/// <summary>Creates the app's containers before any request is served (hosted services start in registration order, ahead of the server).</summary>
public sealed class StorageInitializer(
    AccessStore access,
    IDocumentStore store,
    AppRuntime runtime,
    StorageSettings settings,
    ILogger<StorageInitializer> logger) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Logs.RuntimeSelected(
            logger,
            runtime == AppRuntime.Local ? "local (Kestrel, embedded Durable Task backend on SQLite)" : "Azure Functions isolated worker (Durable Functions)",
            settings.UsesCosmos ? "Cosmos DB" : $"SQLite {settings.DatabasePath}",
            settings.UsesAzureBlobs ? "Azure Blob storage" : $"folder {settings.BlobsRootPath}");
        await access.EnsureContainersAsync(cancellationToken);
        if (runtime == AppRuntime.Local)
        {
            await store.EnsureContainerAsync(TimerStatusStore.Container, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
