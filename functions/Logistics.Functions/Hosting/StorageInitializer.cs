using Logistics.Functions.Security;
using Logistics.Functions.Standalone;
using Logistics.Functions.Table;
using Logistics.Orchestration.Runtime;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Hosting;

/// <summary>
/// Creates the host's containers and, standalone, declares the table's queues and topics, before any request or
/// message is served (hosted services start in registration order, ahead of the server).
/// </summary>
public sealed class StorageInitializer(
    IServiceProvider services,
    IDocumentStore store,
    FunctionTable table,
    HostMode mode,
    StorageSettings settings,
    IOptions<StandaloneOptions> standalone,
    ILogger<StorageInitializer> logger) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Logs.RuntimeSelected(
            logger,
            mode.IsCustomHandler ? "azure-functions custom handler" : "standalone",
            settings.UsesCosmos ? "Cosmos DB" : $"SQLite {settings.DatabasePath}",
            settings.UsesAzureBlobs ? "Azure Blob storage" : $"folder {settings.BlobsRootPath}");
        await services.GetRequiredService<AccessStore>().EnsureContainersAsync(cancellationToken);
        await store.EnsureContainerAsync(TimerStatusStore.Container, cancellationToken);
        await services.GetRequiredService<OrchestrationRuntime>().InitializeAsync(cancellationToken);
        if (!mode.IsCustomHandler && services.GetService<IMessageQueue>() is { } queue)
        {
            foreach (var entity in EntityDeclarations.From(table, standalone.Value.MaxDeliveryCount))
            {
                await queue.DeclareAsync(entity, cancellationToken);
            }
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
