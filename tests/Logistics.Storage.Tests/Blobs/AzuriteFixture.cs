using Azure.Storage.Blobs;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Tests.Emulators;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// One Azurite blob emulator (in memory, free loopback port) for the Azure blob tests, with the contract container
/// created through Shared Key. A missing Azurite fails the tests: <see cref="EmulatorProcess"/> throws.
/// </summary>
/// <remarks>
/// Azurite runs with its API version check on: the stores pin <see cref="ServiceVersion"/>, the newest version the
/// pinned Azurite (tests/emulators, 3.37.0) accepts, because the SDK's default is newer than Azurite knows.
/// Skipping the check instead would let a version Azurite cannot vouch for pass unnoticed.
/// </remarks>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Azurite's well-known development account; the key is public (Azurite docs), not a secret.</summary>
    public const string AccountName = "devstoreaccount1";

    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public const string ContainerName = "contract";

    /// <summary>The newest Blob service version Azurite 3.37 accepts (its <c>BLOB_API_VERSION</c>).</summary>
    public const BlobClientOptions.ServiceVersion ServiceVersion = BlobClientOptions.ServiceVersion.V2026_06_06;

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
            "--blobHost 127.0.0.1 --blobPort {port} --inMemoryPersistence --silent --loose --disableTelemetry");
        BlobEndpoint = new Uri($"http://127.0.0.1:{_azurite.Port}/{AccountName}");
        await new AzureBlobStore(Options(o => o.ConnectionString = ConnectionString)).EnsureContainerExistsAsync();
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
            await _azurite.DisposeAsync();
    }

    /// <summary>Test options: the contract container, Azurite's service version, the small block threshold and fast retries.</summary>
    public static AzureBlobStoreOptions Options(Action<AzureBlobStoreOptions> configure)
    {
        var options = new AzureBlobStoreOptions
        {
            ContainerName = ContainerName,
            ServiceVersion = ServiceVersion,
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
