using Azure;
using Azure.Core;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>The contract against Azurite with Shared Key (connection string), plus what only the Azure adapter can get wrong.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStoreSharedKeyTests : BlobStoreContractTests
{
    private readonly AzuriteFixture _azurite;
    private readonly RequestRecorder _recorder = new();
    private readonly AzureBlobStore _store;

    public AzureBlobStoreSharedKeyTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _store = new AzureBlobStore(AzuriteFixture.Options(o =>
        {
            o.ConnectionString = azurite.ConnectionString;
            o.ConfigureClientOptions = _recorder.AttachTo;
        }));
    }

    protected override IBlobStore Store => _store;

    [Fact]
    public async Task Content_above_the_threshold_is_staged_in_blocks_and_committed_with_one_block_list()
    {
        var name = Scope + "blocks.bin";

        await _store.PutAsync(name, RandomBytes((3 * TestBlockThreshold) + 1), "application/octet-stream");

        var puts = _recorder.Requests.Where(r => r.Method == RequestMethod.Put).Select(r => r.Uri.Query).ToList();
        Assert.Equal(4, puts.Count(q => q.Contains("comp=block&", StringComparison.Ordinal)));
        Assert.Single(puts, q => q.Contains("comp=blocklist", StringComparison.Ordinal));
        Assert.Equal(5, puts.Count);
    }

    [Fact]
    public async Task Each_upload_stages_its_own_block_ids_so_concurrent_uploads_cannot_mix_blocks()
    {
        var name = Scope + "twice.bin";

        await _store.PutAsync(name, RandomBytes((2 * TestBlockThreshold) + 1), "application/octet-stream");
        await _store.PutAsync(name, RandomBytes((2 * TestBlockThreshold) + 2), "application/octet-stream");

        var blockIds = _recorder.Requests
            .Where(r => r.Uri.Query.Contains("comp=block&", StringComparison.Ordinal))
            .Select(r => System.Web.HttpUtility.ParseQueryString(r.Uri.Query)["blockid"])
            .ToList();
        Assert.Equal(6, blockIds.Count);
        Assert.Equal(6, blockIds.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Content_at_the_threshold_goes_in_one_put_blob()
    {
        await _store.PutAsync(Scope + "single.bin", RandomBytes(TestBlockThreshold), "application/octet-stream");

        var put = Assert.Single(_recorder.Requests, r => r.Method == RequestMethod.Put);
        Assert.DoesNotContain("comp=", put.Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_account_key_is_refused_by_the_emulator_without_retries()
    {
        // Proves Azurite checks the SDK's signatures: otherwise the passing contract would say nothing about Shared Key.
        var recorder = new RequestRecorder();
        var store = new AzureBlobStore(AzuriteFixture.Options(o =>
        {
            o.ContainerUrl = _azurite.ContainerUrl.ToString();
            o.AccountName = AzuriteFixture.AccountName;
            o.AccountKey = Convert.ToBase64String(new byte[64]);
            o.ConfigureClientOptions = recorder.AttachTo;
        }));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => store.PutAsync(Scope + "x", Utf8("x"), "text/plain"));

        Assert.Equal(403, ex.Status);
        Assert.False(string.IsNullOrEmpty(ex.ErrorCode)); // Azurite says AuthorizationFailure where Azure says AuthenticationFailed
        Assert.Single(recorder.Requests);
        Assert.Null(await _store.GetAsync(Scope + "x"));
    }

    [Fact]
    public async Task Account_name_and_key_with_a_container_url_work_like_the_connection_string()
    {
        var store = new AzureBlobStore(AzuriteFixture.Options(o =>
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
        var store = StoreForContainer("c" + Guid.NewGuid().ToString("N")[..20]);
        var before = await Assert.ThrowsAsync<RequestFailedException>(() => store.PutAsync("x", Utf8("x"), "text/plain"));

        var created = await store.EnsureContainerExistsAsync();
        var again = await store.EnsureContainerExistsAsync();
        await store.PutAsync("x", Utf8("x"), "text/plain");

        Assert.Equal(404, before.Status);
        Assert.Equal("ContainerNotFound", before.ErrorCode);
        Assert.True(created);
        Assert.False(again);
    }

    [Fact]
    public async Task A_missing_container_is_an_error_for_reads_and_deletes_not_an_absent_blob()
    {
        var store = StoreForContainer("missing" + Guid.NewGuid().ToString("N")[..20]);

        var read = await Assert.ThrowsAsync<RequestFailedException>(() => store.GetAsync("x"));
        var delete = await Assert.ThrowsAsync<RequestFailedException>(() => store.DeleteAsync("x"));

        Assert.Equal("ContainerNotFound", read.ErrorCode);
        Assert.Equal("ContainerNotFound", delete.ErrorCode);
    }

    [Fact]
    public async Task Listing_follows_the_continuation_across_pages_in_order()
    {
        var recorder = new RequestRecorder();
        var store = new AzureBlobStore(AzuriteFixture.Options(o =>
        {
            o.ConnectionString = _azurite.ConnectionString;
            o.ListPageSize = 2;
            o.ConfigureClientOptions = recorder.AttachTo;
        }));
        string[] names = ["p/4", "p/0", "p/3", "p/1", "p/2"];
        foreach (var name in names)
            await _store.PutAsync(Scope + name, Utf8("x"), "text/plain");

        var listed = new List<string>();
        await foreach (var item in store.ListAsync(Scope + "p/"))
            listed.Add(item.Name[Scope.Length..]);

        Assert.Equal(["p/0", "p/1", "p/2", "p/3", "p/4"], listed);
        var pages = recorder.Requests.Where(r => r.Method == RequestMethod.Get).Select(r => r.Uri.Query).ToList();
        Assert.Equal(3, pages.Count);
        Assert.All(pages, q => Assert.Contains("maxresults=2", q, StringComparison.Ordinal));
        Assert.DoesNotContain("marker=", pages[0], StringComparison.Ordinal);
        Assert.All(pages.Skip(1), q => Assert.Contains("marker=", q, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Azurite_refuses_the_sdks_default_service_version_which_is_why_the_tests_pin_one()
    {
        // If this starts passing through, the pinned Azurite knows the SDK's default: drop the ServiceVersion pin.
        var store = new AzureBlobStore(AzuriteFixture.Options(o =>
        {
            o.ConnectionString = _azurite.ConnectionString;
            o.ServiceVersion = null;
        }));

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => store.GetAsync(Scope + "x"));

        Assert.Equal(400, ex.Status);
        Assert.Equal("InvalidHeaderValue", ex.ErrorCode);
        Assert.Contains("is not supported by Azurite", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_bound_from_configuration_as_the_function_app_binds_them_reach_azurite()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureBlobs:ConnectionString"] = _azurite.ConnectionString,
                ["AzureBlobs:ContainerName"] = AzuriteFixture.ContainerName,
                ["AzureBlobs:ServiceVersion"] = AzuriteFixture.ServiceVersion.ToString(),
                ["AzureBlobs:SinglePutLimitBytes"] = "1024",
                ["AzureBlobs:BlockSizeBytes"] = "1024",
                ["AzureBlobs:MaxRetryAttempts"] = "1",
            })
            .Build();
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddAzureBlobStore(o => configuration.GetSection("AzureBlobs").Bind(o))
            .BuildServiceProvider();
        var store = provider.GetRequiredService<IBlobStore>();

        await store.PutAsync(Scope + "configured.bin", RandomBytes(3000), "application/octet-stream");

        var blob = await _store.GetAsync(Scope + "configured.bin");
        Assert.NotNull(blob);
        Assert.Equal(3000, blob.Content.Length);
        Assert.Equal(AzuriteFixture.ServiceVersion, provider.GetRequiredService<IOptions<AzureBlobStoreOptions>>().Value.ServiceVersion);
    }

    private AzureBlobStore StoreForContainer(string container) =>
        new(AzuriteFixture.Options(o =>
        {
            o.ConnectionString = _azurite.ConnectionString;
            o.ContainerName = container;
        }));
}
