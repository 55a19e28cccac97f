using Azure;
using Azure.Storage;
using Azure.Storage.Sas;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Blobs;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// The contract against Azurite with a container SAS in the container URL: no account key in the app. The SAS is made
/// by the SDK's <see cref="BlobSasBuilder"/>, as a deployment script would make it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStoreSasTests : BlobStoreContractTests
{
    private readonly AzuriteFixture _azurite;
    private readonly AzureBlobStore _store;

    public AzureBlobStoreSasTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        var sas = ContainerSas(BlobContainerSasPermissions.All, AzuriteFixture.AccountKey);
        _store = new AzureBlobStore(AzuriteFixture.Options(o => o.ContainerUrl = $"{azurite.ContainerUrl}?{sas}"));
    }

    protected override IBlobStore Store => _store;

    [Fact]
    public void The_container_uri_does_not_carry_the_token()
    {
        Assert.Equal(_azurite.ContainerUrl, _store.ContainerUri);
    }

    [Fact]
    public async Task A_sas_token_option_with_a_leading_question_mark_works_too()
    {
        var sas = ContainerSas(BlobContainerSasPermissions.Read | BlobContainerSasPermissions.List, AzuriteFixture.AccountKey);
        await _store.PutAsync(Scope + "shared.txt", Utf8("x"), "text/plain");
        var reader = new AzureBlobStore(AzuriteFixture.Options(o =>
        {
            o.ContainerUrl = _azurite.ContainerUrl.ToString();
            o.SasToken = "?" + sas;
        }));

        var blob = await reader.GetAsync(Scope + "shared.txt");

        Assert.NotNull(blob);
        Assert.Equal("x", System.Text.Encoding.UTF8.GetString(blob.Content.Span));
    }

    [Fact]
    public async Task A_sas_in_the_connection_string_works_like_one_in_the_url()
    {
        var sas = ContainerSas(BlobContainerSasPermissions.All, AzuriteFixture.AccountKey);
        var store = new AzureBlobStore(AzuriteFixture.Options(o => o.ConnectionString = $"BlobEndpoint={_azurite.BlobEndpoint};SharedAccessSignature={sas}"));

        await store.PutAsync(Scope + "via-connection-string.txt", Utf8("x"), "text/plain");

        Assert.NotNull(await _store.GetAsync(Scope + "via-connection-string.txt"));
    }

    [Fact]
    public async Task A_read_only_sas_cannot_write()
    {
        var sas = ContainerSas(BlobContainerSasPermissions.Read | BlobContainerSasPermissions.List, AzuriteFixture.AccountKey);
        var reader = new AzureBlobStore(AzuriteFixture.Options(o => o.ContainerUrl = $"{_azurite.ContainerUrl}?{sas}"));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => reader.PutAsync(Scope + "denied.txt", Utf8("x"), "text/plain"));

        Assert.Equal(403, ex.Status);
        Assert.Null(await _store.GetAsync(Scope + "denied.txt"));
    }

    [Fact]
    public async Task A_sas_signed_with_another_key_is_refused()
    {
        // Proves Azurite checks the SAS signature, so the passing contract really exercises the SAS path.
        var forged = ContainerSas(BlobContainerSasPermissions.All, Convert.ToBase64String(new byte[64]));
        var store = new AzureBlobStore(AzuriteFixture.Options(o => o.ContainerUrl = $"{_azurite.ContainerUrl}?{forged}"));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => store.GetAsync(Scope + "x"));

        Assert.Equal(403, ex.Status);
    }

    private static string ContainerSas(BlobContainerSasPermissions permissions, string accountKey)
    {
        var builder = new BlobSasBuilder(permissions, DateTimeOffset.UtcNow.AddHours(1))
        {
            BlobContainerName = AzuriteFixture.ContainerName,
            Resource = "c",
        };
        return builder.ToSasQueryParameters(new StorageSharedKeyCredential(AzuriteFixture.AccountName, accountKey)).ToString();
    }
}
