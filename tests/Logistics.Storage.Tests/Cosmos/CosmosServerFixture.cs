using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Tests.Emulators;
using Microsoft.Azure.Cosmos;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>
/// One local Cosmos-compatible server (<c>@vercel/cosmosdb-server</c>, in memory, HTTPS with a self-signed certificate)
/// for every Cosmos test. A missing server fails the tests: <see cref="EmulatorProcess"/> never skips.
/// </summary>
public sealed class CosmosServerFixture : IAsyncLifetime
{
    /// <summary>The well-known key of the Cosmos DB emulator, which the local server accepts.</summary>
    public const string EmulatorKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    // One handler for every HttpClient the SDK makes: it holds the change feed positions.
    private readonly CosmosServerCompatibilityHandler _handler = new();
    private EmulatorProcess? _server;

    /// <summary>The server's endpoint.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>The options the store runs with; composite indexes for the sort orders the contract suites use.</summary>
    public CosmosStoreOptions Options { get; private set; } = new();

    /// <summary>An SDK client talking to the server through <see cref="CosmosServerCompatibilityHandler"/>.</summary>
    public CosmosClient Client { get; private set; } = null!;

    /// <summary>The store under test.</summary>
    public CosmosDocumentStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await EmulatorProcess.StartAsync("@vercel/cosmosdb-server/lib/cli.js", "--port {port} --host 127.0.0.1");
        Endpoint = $"https://127.0.0.1:{_server.Port}/";
        Options = NewOptions(Endpoint);
        var clientOptions = CosmosClientFactory.CreateClientOptions(Options);
        clientOptions.HttpClientFactory = () => new HttpClient(_handler, disposeHandler: false);
        Client = new CosmosClient(Endpoint, EmulatorKey, clientOptions);
        Store = new CosmosDocumentStore(Client, Options);
    }

    /// <summary>Options for the local server (what a test configuration would hold).</summary>
    public static CosmosStoreOptions NewOptions(string endpoint)
    {
        var options = new CosmosStoreOptions
        {
            AccountEndpoint = endpoint,
            AccountKey = EmulatorKey,
            DatabaseName = "logistics-tests",
            UseLocalEmulator = true,
        };
        return options;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        _handler.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
