using Azure;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Blobs;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// The contract against Azurite over https with Entra ID bearer tokens (the <see cref="AzureBlobStoreOptions.Credential"/>
/// path; <c>UseManagedIdentity</c> differs only in building a <c>DefaultAzureCredential</c>). Azurite checks each
/// token's lifetime, issuer and audience; the tokens come from <see cref="UnsignedJwtCredential"/> (see why there).
/// </summary>
[Collection(AzuriteOAuthCollection.Name)]
public sealed class AzureBlobStoreEntraIdTests : BlobStoreContractTests
{
    private readonly AzuriteOAuthFixture _azurite;
    private readonly UnsignedJwtCredential _credential = new(TimeSpan.FromHours(1));
    private readonly AzureBlobStore _store;

    public AzureBlobStoreEntraIdTests(AzuriteOAuthFixture azurite)
    {
        _azurite = azurite;
        _store = StoreSigningInWith(_credential);
    }

    protected override IBlobStore Store => _store;

    [Fact]
    public async Task The_store_asks_for_storage_scoped_tokens_and_reuses_one_for_a_burst_of_requests()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => _store.PutAsync($"{Scope}n{i}", Utf8("x"), "text/plain")));

        Assert.Equal(10, (await ListAsync(Scope)).Count);
        Assert.Equal(1, _credential.Calls);
        Assert.Equal(["https://storage.azure.com/.default"], _credential.Scopes);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        // Proves Azurite checks the tokens, so the passing contract really exercises the bearer path.
        var store = StoreSigningInWith(new UnsignedJwtCredential(TimeSpan.FromMinutes(-10)));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => store.PutAsync(Scope + "x", Utf8("x"), "text/plain"));

        Assert.Equal(403, ex.Status);
        Assert.Null(await _store.GetAsync(Scope + "x"));
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var store = StoreSigningInWith(new UnsignedJwtCredential(TimeSpan.FromHours(1), audience: "https://management.azure.com"));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => store.GetAsync(Scope + "x"));

        Assert.Equal(403, ex.Status);
    }

    private AzureBlobStore StoreSigningInWith(UnsignedJwtCredential credential) =>
        new(AzuriteFixture.Options(o =>
        {
            o.ContainerUrl = _azurite.ContainerUrl.ToString();
            o.Credential = credential;
            o.ConfigureClientOptions = _azurite.Trust;
        }));
}
