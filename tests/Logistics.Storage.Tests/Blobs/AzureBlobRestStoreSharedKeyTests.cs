using System.Net;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Blobs;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>The contract against Azurite with Shared Key (connection string), plus what only the REST client can get wrong.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobRestStoreSharedKeyTests : BlobStoreContractTests, IDisposable
{
    private readonly AzuriteFixture _azurite;
    private readonly RecordingHandler _recorder = new();
    private readonly HttpClient _http;
    private readonly AzureBlobRestStore _store;

    public AzureBlobRestStoreSharedKeyTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _http = new HttpClient(_recorder);
        _store = new AzureBlobRestStore(_http, AzuriteFixture.Options(o => o.ConnectionString = azurite.ConnectionString));
    }

    protected override IBlobStore Store => _store;

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Content_above_the_threshold_is_staged_in_blocks_and_committed_with_one_block_list()
    {
        var name = Scope + "blocks.bin";

        await _store.PutAsync(name, RandomBytes((3 * TestBlockThreshold) + 1), "application/octet-stream");

        var puts = _recorder.Requests.Where(r => r.Method == HttpMethod.Put).Select(r => r.RequestUri!.Query).ToList();
        Assert.Equal(4, puts.Count(q => q.Contains("comp=block&blockid=", StringComparison.Ordinal)));
        Assert.Equal("?comp=blocklist", Assert.Single(puts, q => q.Contains("comp=blocklist", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Content_at_the_threshold_goes_in_one_put_blob()
    {
        await _store.PutAsync(Scope + "single.bin", RandomBytes(TestBlockThreshold), "application/octet-stream");

        var put = Assert.Single(_recorder.Requests, r => r.Method == HttpMethod.Put);
        Assert.Equal(string.Empty, put.RequestUri!.Query);
    }

    [Fact]
    public async Task A_wrong_account_key_is_refused_by_the_emulator_without_retries()
    {
        // Proves Azurite checks our signatures: otherwise the passing contract would say nothing about Shared Key.
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var store = new AzureBlobRestStore(_http, AzuriteFixture.Options(o =>
        {
            o.ContainerUrl = _azurite.ContainerUrl.ToString();
            o.AccountName = AzuriteFixture.AccountName;
            o.AccountKey = wrongKey;
        }));

        var ex = await Assert.ThrowsAsync<BlobRequestFailedException>(() => store.PutAsync(Scope + "x", Utf8("x"), "text/plain"));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.False(string.IsNullOrEmpty(ex.ErrorCode)); // Azurite says AuthorizationFailure where Azure says AuthenticationFailed
        Assert.Equal(1, ex.Attempts);
        Assert.Null(await _store.GetAsync(Scope + "x"));
    }

    [Fact]
    public async Task Account_name_and_key_with_a_container_url_work_like_the_connection_string()
    {
        var store = new AzureBlobRestStore(_http, AzuriteFixture.Options(o =>
        {
            o.ContainerUrl = _azurite.ContainerUrl + "/";
            o.AccountName = AzuriteFixture.AccountName;
            o.AccountKey = AzuriteFixture.AccountKey;
        }));

        await store.PutAsync(Scope + "via-url.txt", Utf8("x"), "text/plain");

        Assert.NotNull(await _store.GetAsync(Scope + "via-url.txt"));
        Assert.Equal(_azurite.ContainerUrl, store.ContainerUri);
    }

    [Fact]
    public async Task EnsureContainerExists_creates_a_missing_container_once()
    {
        var container = "c" + Guid.NewGuid().ToString("N")[..20];
        var store = new AzureBlobRestStore(_http, AzuriteFixture.Options(o =>
        {
            o.ConnectionString = _azurite.ConnectionString;
            o.ContainerName = container;
        }));
        var before = await Assert.ThrowsAsync<BlobRequestFailedException>(() => store.PutAsync("x", Utf8("x"), "text/plain"));

        var created = await store.EnsureContainerExistsAsync();
        var again = await store.EnsureContainerExistsAsync();
        await store.PutAsync("x", Utf8("x"), "text/plain");

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal("ContainerNotFound", before.ErrorCode);
        Assert.True(created);
        Assert.False(again);
    }

    [Fact]
    public async Task Listing_follows_next_marker_across_pages_in_order()
    {
        var store = new AzureBlobRestStore(_http, AzuriteFixture.Options(o =>
        {
            o.ConnectionString = _azurite.ConnectionString;
            o.ListPageSize = 2;
        }));
        string[] names = ["p/4", "p/0", "p/3", "p/1", "p/2"];
        foreach (var name in names)
            await _store.PutAsync(Scope + name, Utf8("x"), "text/plain");

        var listed = new List<string>();
        await foreach (var item in store.ListAsync(Scope + "p/"))
            listed.Add(item.Name[Scope.Length..]);

        Assert.Equal(["p/0", "p/1", "p/2", "p/3", "p/4"], listed);
        var pages = _recorder.Requests.Where(r => r.Method == HttpMethod.Get).Select(r => r.RequestUri!.Query).ToList();
        Assert.Equal(3, pages.Count);
        Assert.DoesNotContain("marker=", pages[0], StringComparison.Ordinal);
        Assert.All(pages.Skip(1), q => Assert.Contains("&marker=", q, StringComparison.Ordinal));
    }
}
