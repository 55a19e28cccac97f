using System.Text.Json.Nodes;

namespace Logistics.Functions.Packaging;

/// <summary>Every setting the host reads; the source of <c>local.settings.sample.json</c> and the package's settings template.</summary>
public static class AppSettings
{
    /// <summary>The settings, grouped by concern.</summary>
    public static IReadOnlyList<AppSetting> All { get; } =
    [
        new("FUNCTIONS_WORKER_RUNTIME", "custom", "Azure: the app is a custom handler."),
        new("AzureWebJobsStorage", "UseDevelopmentStorage=true", "Azure: the Functions host's own storage (timer schedule monitor, leases); not used by the app."),
        new("ServiceBusConnection__fullyQualifiedNamespace", "<namespace>.servicebus.windows.net", "Azure: Service Bus for triggers and outputs, signed in with the managed identity (or set ServiceBusConnection to a connection string)."),
        new("ASPNETCORE_ENVIRONMENT", "Production", "Development creates demo keys at first start and prints them; never in Azure."),
        new("FUNCTIONS_CUSTOMHANDLER_PORT", "", "Set by the Functions host; when present the app listens on 127.0.0.1 at this port and serves POST /{FunctionName}. Leave unset locally."),
        new("Storage__Documents__Provider", "Sqlite", "Sqlite (embedded, default) or Cosmos."),
        new("Storage__Documents__DatabasePath", ".data/logistics.db", "SQLite file of the embedded document store and queue."),
        new("Cosmos__AccountEndpoint", "https://<account>.documents.azure.com:443/", "Cosmos DB account; without a key the managed identity signs in."),
        new("Cosmos__DatabaseName", "logistics", "Cosmos DB database (created when missing)."),
        new("Cosmos__ConnectionString", "", "Alternative to AccountEndpoint: a Cosmos DB connection string."),
        new("CosmosDB__accountEndpoint", "https://<account>.documents.azure.com:443/", "Azure with Cosmos DB: the account the Functions host's change-feed triggers (RelayOrchestrationOutbox, RelayWarehouseOutbox) watch, signed in with the managed identity (or set CosmosDB to a connection string); leases go to the 'leases' container, created when missing."),
        new("Storage__Blobs__Provider", "Folder", "Folder (embedded, default) or Azure."),
        new("Storage__Blobs__RootPath", ".data/blobs", "Root folder of the embedded blob store."),
        new("AzureBlobs__ContainerUrl", "https://<account>.blob.core.windows.net/reports", "Azure Blob container for reports."),
        new("AzureBlobs__UseManagedIdentity", "true", "Sign in to Blob storage with the managed identity (else SasToken, AccountKey or ConnectionString)."),
        new("Security__MaxKeysPerPublisher", "3", "Active keys per publisher (2–10; two or more allow rotation)."),
        new("RateLimiting__PermitsPerWindow", "600", "Requests per API key per window; over it answers 429 with Retry-After."),
        new("RateLimiting__AnonymousPermitsPerWindow", "120", "Requests per client address per window without a key."),
        new("RateLimiting__WindowSeconds", "60", "Rate-limit window length."),
        new("Http__MaxRequestBodyBytes", "1048576", "Largest request body; larger answers 413."),
        new("Standalone__MaxConcurrentCalls", "4", "Standalone: messages handled at once per queue function."),
        new("Standalone__MaxDeliveryCount", "10", "Standalone: deliveries before a message is dead-lettered."),
        new("Standalone__RetryDelay", "00:00:01", "Standalone: first redelivery delay after a failure (doubles, up to MaxRetryDelay)."),
        new("Standalone__MaxRetryDelay", "00:01:00", "Standalone: longest redelivery delay."),
        new("Standalone__EnableTimers", "true", "Standalone: run timer functions."),
        new("Standalone__EnableQueues", "true", "Standalone: run queue and topic functions."),
        new("Demo__PublisherKey", "", "Development: preset key of demo-publisher (32+ characters)."),
        new("Demo__OpsKey", "", "Development: preset ops key."),
        new("Demo__FloorKey", "", "Development: preset floor key."),
    ];

    /// <summary>A <c>local.settings.json</c>-shaped template; explanations sit in <c>_help</c>, which the tools ignore.</summary>
    public static JsonObject Template()
    {
        var values = new JsonObject();
        var help = new JsonObject();
        foreach (var setting in All)
        {
            values[setting.Name] = setting.Sample;
            help[setting.Name] = setting.Description;
        }

        return new JsonObject { ["IsEncrypted"] = false, ["Values"] = values, ["_help"] = help };
    }
}
