using System.Net;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Blobs;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>The contract against Azurite with a container SAS in the container URL: no account key in the app.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobRestStoreSasTests : BlobStoreContractTests, IDisposable
{
    private readonly AzuriteFixture _azurite;
    private readonly HttpClient _http = new();
    private readonly AzureBlobRestStore _store;

    public AzureBlobRestStoreSasTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        var sas = ServiceSas.ForContainer(
            AzuriteFixture.AccountName, AzuriteFixture.AccountKey, AzuriteFixture.ContainerName, "racwdl", DateTimeOffset.UtcNow.AddHours(1));
        _store = new AzureBlobRestStore(_http, AzuriteFixture.Options(o => o.ContainerUrl = $"{azurite.ContainerUrl}?{sas}"));
    }

    protected override IBlobStore Store => _store;

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task A_sas_token_option_with_a_leading_question_mark_works_too()
    {
        var sas = ServiceSas.ForContainer(
            AzuriteFixture.AccountName, AzuriteFixture.AccountKey, AzuriteFixture.ContainerName, "rl", DateTimeOffset.UtcNow.AddHours(1));
        await _store.PutAsync(Scope + "shared.txt", Utf8("x"), "text/plain");
        var reader = new AzureBlobRestStore(_http, AzuriteFixture.Options(o =>
        {
            o.ContainerUrl = _azurite.ContainerUrl.ToString();
            o.SasToken = "?" + sas;
        }));

        var blob = await reader.GetAsync(Scope + "shared.txt");

        Assert.NotNull(blob);
    }

    [Fact]
    public async Task A_read_only_sas_cannot_write()
    {
        var sas = ServiceSas.ForContainer(
            AzuriteFixture.AccountName, AzuriteFixture.AccountKey, AzuriteFixture.ContainerName, "rl", DateTimeOffset.UtcNow.AddHours(1));
        var reader = new AzureBlobRestStore(_http, AzuriteFixture.Options(o => o.ContainerUrl = $"{_azurite.ContainerUrl}?{sas}"));

        var ex = await Assert.ThrowsAsync<BlobRequestFailedException>(() => reader.PutAsync(Scope + "denied.txt", Utf8("x"), "text/plain"));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Null(await _store.GetAsync(Scope + "denied.txt"));
    }

    [Fact]
    public async Task A_sas_signed_with_another_key_is_refused()
    {
        // Proves Azurite checks the SAS signature, so the passing contract really exercises the SAS path.
        var forged = ServiceSas.ForContainer(
            AzuriteFixture.AccountName, Convert.ToBase64String(new byte[64]), AzuriteFixture.ContainerName, "racwdl", DateTimeOffset.UtcNow.AddHours(1));
        var store = new AzureBlobRestStore(_http, AzuriteFixture.Options(o => o.ContainerUrl = $"{_azurite.ContainerUrl}?{forged}"));

        var ex = await Assert.ThrowsAsync<BlobRequestFailedException>(() => store.GetAsync(Scope + "x"));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal(1, ex.Attempts);
    }
}
