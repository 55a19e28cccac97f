using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Tests.Emulators;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// A second Azurite, over https with <c>--oauth basic</c>, for the Entra ID path: the SDK sends bearer tokens only over
/// TLS, and Azurite checks them only in this mode. The certificate is made here, self-signed for 127.0.0.1, and
/// trusted by the test stores alone (<see cref="Trust"/>), never by the machine.
/// </summary>
public sealed class AzuriteOAuthFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "logistics-azurite-tls-" + Guid.NewGuid().ToString("N"));
    private string _certificateHash = string.Empty;
    private EmulatorProcess? _azurite;

    /// <summary>e.g. <c>https://127.0.0.1:53211/devstoreaccount1</c>.</summary>
    public Uri BlobEndpoint { get; private set; } = null!;

    public Uri ContainerUrl => new($"{BlobEndpoint}/{AzuriteFixture.ContainerName}");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var (certificatePath, keyPath) = WriteSelfSignedCertificate();
        _azurite = await EmulatorProcess.StartAsync(
            "azurite/dist/src/blob/main.js",
            $"--blobHost 127.0.0.1 --blobPort {{port}} --inMemoryPersistence --silent --loose --disableTelemetry --oauth basic --cert \"{certificatePath}\" --key \"{keyPath}\"");
        BlobEndpoint = new Uri($"https://127.0.0.1:{_azurite.Port}/{AzuriteFixture.AccountName}");
        var connectionString =
            $"DefaultEndpointsProtocol=https;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};BlobEndpoint={BlobEndpoint};";
        await new AzureBlobStore(AzuriteFixture.Options(o =>
        {
            o.ConnectionString = connectionString;
            o.ConfigureClientOptions = Trust;
        })).EnsureContainerExistsAsync();
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
            await _azurite.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Makes the SDK trust this Azurite's certificate, and no other self-signed one.</summary>
    public void Trust(BlobClientOptions options)
    {
        var expected = _certificateHash;

        // The transport owns the handler for the store's lifetime.
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString(HashAlgorithmName.SHA256) == expected,
        };
        options.Transport = new HttpClientTransport(handler);
    }

    private (string Certificate, string Key) WriteSelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        _certificateHash = certificate.GetCertHashString(HashAlgorithmName.SHA256);

        var certificatePath = Path.Combine(_folder, "azurite.cert.pem");
        var keyPath = Path.Combine(_folder, "azurite.key.pem");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }
}
