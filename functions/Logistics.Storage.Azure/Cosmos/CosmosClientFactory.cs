using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Builds the <see cref="CosmosClient"/> that <see cref="CosmosStoreOptions"/> describe.</summary>
public static class CosmosClientFactory
{
    /// <summary>Creates a client; the caller owns (and disposes) it. Options must have passed <see cref="CosmosStoreOptionsValidator"/>.</summary>
    public static CosmosClient Create(CosmosStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = CreateClientOptions(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (!CosmosConnectionString.TryParse(options.ConnectionString, out var endpoint, out var key))
                throw new InvalidOperationException("The Cosmos DB connection string needs AccountEndpoint=...;AccountKey=...;.");
            return new CosmosClient(endpoint.AbsoluteUri, key, clientOptions);
        }

        var accountEndpoint = options.AccountEndpoint
            ?? throw new InvalidOperationException("Cosmos DB AccountEndpoint or ConnectionString is required.");
        if (!string.IsNullOrWhiteSpace(options.AccountKey))
            return new CosmosClient(accountEndpoint, options.AccountKey, clientOptions);
        return new CosmosClient(accountEndpoint, options.Credential ?? new DefaultAzureCredential(), clientOptions);
    }

    /// <summary>The SDK settings, separate so tests can check them without a server.</summary>
    internal static CosmosClientOptions CreateClientOptions(CosmosStoreOptions options)
    {
        var clientOptions = new CosmosClientOptions { EnableContentResponseOnWrite = true };
        if (!string.IsNullOrWhiteSpace(options.ApplicationName))
            clientOptions.ApplicationName = options.ApplicationName;
        if (options.UseLocalEmulator)
        {
            // Emulators expose one endpoint over Gateway with a self-signed certificate; never do this against Azure.
            clientOptions.ConnectionMode = ConnectionMode.Gateway;
            clientOptions.LimitToEndpoint = true;
            clientOptions.HttpClientFactory = () => new HttpClient(
                new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator },
                disposeHandler: true);
        }

        return clientOptions;
    }
}
