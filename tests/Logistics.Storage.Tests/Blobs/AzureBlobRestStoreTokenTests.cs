using System.Net;
using Logistics.Storage.Azure.Blobs;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// The Entra ID path. Azurite does not validate OAuth tokens (it accepts any bearer over HTTPS only, and checks no
/// signature), so a stub handler is the honest check: it sees the exact Authorization header sent.
/// </summary>
public sealed class AzureBlobRestStoreTokenTests : IDisposable
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
    private readonly StubHandler _handler = new(StubHandler.Status(HttpStatusCode.Created));
    private readonly HttpClient _http;
    private readonly FakeTokenCredential _credential;
    private readonly AzureBlobRestStore _store;

    public AzureBlobRestStoreTokenTests()
    {
        _http = new HttpClient(_handler);
        _credential = new FakeTokenCredential(_clock);
        _store = new AzureBlobRestStore(
            _http,
            new AzureBlobStoreOptions { ContainerUrl = "https://acct.blob.core.windows.net/reports", Credential = _credential },
            _clock);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Requests_carry_a_storage_scoped_bearer_token_and_the_api_version()
    {
        await _store.PutAsync("r.csv", "x"u8.ToArray(), "text/csv");

        var request = Assert.Single(_handler.Requests);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal(AzureBlobRestStore.ApiVersion, request.Version);
        Assert.Equal(["https://storage.azure.com/.default"], _credential.LastScopes);
        Assert.Equal("https://acct.blob.core.windows.net/reports/r.csv", request.Uri.ToString());
    }

    [Fact]
    public async Task The_token_is_cached_until_five_minutes_before_expiry()
    {
        await _store.PutAsync("a", "x"u8.ToArray(), "text/plain");
        _clock.Advance(TimeSpan.FromMinutes(54));
        await _store.PutAsync("b", "x"u8.ToArray(), "text/plain");
        _clock.Advance(TimeSpan.FromMinutes(2));
        await _store.PutAsync("c", "x"u8.ToArray(), "text/plain");

        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], _handler.Requests.Select(r => r.Authorization));
        Assert.Equal(2, _credential.Calls);
    }

    [Fact]
    public async Task Concurrent_requests_share_one_token_fetch()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => _store.PutAsync($"n{i}", "x"u8.ToArray(), "text/plain")));

        Assert.Equal(1, _credential.Calls);
        Assert.All(_handler.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
    }
}
