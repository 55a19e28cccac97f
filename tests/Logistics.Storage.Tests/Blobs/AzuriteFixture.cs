using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Tests.Emulators;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// One Azurite blob emulator (in memory, free loopback port) for the Azure blob tests, with the contract container
/// created through Shared Key. A missing Azurite fails the tests: <see cref="EmulatorProcess"/> throws.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Azurite's well-known development account; the key is public (Azurite docs), not a secret.</summary>
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public const string ContainerName = "contract";

    private EmulatorProcess? _azurite;

    /// <summary>e.g. <c>http://127.0.0.1:53211/devstoreaccount1</c>.</summary>
    public Uri BlobEndpoint { get; private set; } = null!;

    /// <summary>The Azurite-format connection string, as <c>local.settings.json</c> would hold it.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};";

    public Uri ContainerUrl => new($"{BlobEndpoint}/{ContainerName}");

    /// <summary>What Azurite printed, for failure messages.</summary>
    public string Output => _azurite?.Output ?? string.Empty;

    public async Task InitializeAsync()
    {
        _azurite = await EmulatorProcess.StartAsync(
            "azurite/dist/src/blob/main.js",
            "--blobHost 127.0.0.1 --blobPort {port} --inMemoryPersistence --silent --skipApiVersionCheck --loose --disableTelemetry");
        BlobEndpoint = new Uri($"http://127.0.0.1:{_azurite.Port}/{AccountName}");
        using var http = new HttpClient();
        var store = new AzureBlobRestStore(http, Options(o => o.ConnectionString = ConnectionString));
        await store.EnsureContainerExistsAsync();
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
            await _azurite.DisposeAsync();
    }

    /// <summary>Test options: the contract container, the small block threshold and fast retries.</summary>
    public static AzureBlobStoreOptions Options(Action<AzureBlobStoreOptions> configure)
    {
        var options = new AzureBlobStoreOptions
        {
            ContainerName = ContainerName,
            SinglePutLimitBytes = BlobStoreContractTests.TestBlockThreshold,
            BlockSizeBytes = BlobStoreContractTests.TestBlockThreshold,
            MaxRetryAttempts = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryMaxDelay = TimeSpan.FromMilliseconds(5),
        };
        configure(options);
        return options;
    }
}
