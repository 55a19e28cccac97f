using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Documents;
using Logistics.Storage.Tests.Documents.Contract;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>Container bootstrap and registration against the local server.</summary>
[Collection(CosmosServerCollection.Name)]
public sealed class CosmosDocumentStoreTests(CosmosServerFixture server)
{
    [Fact]
    public async Task Ensure_creates_the_container_with_partition_key_ttl_and_composite_indexes_and_is_idempotent()
    {
        var definition = new ContainerDefinition("boot" + Guid.NewGuid().ToString("N"), "/ownerId", DefaultTimeToLiveSeconds: -1)
        {
            SortOrders = [[new QueryOrder("/status"), new QueryOrder("/qty", Descending: true)]],
        };

        await server.Store.EnsureContainerAsync(definition);
        await server.Store.EnsureContainerAsync(definition);

        var properties = (await server.Client.GetContainer(server.Options.DatabaseName, definition.Name).ReadContainerAsync()).Resource;
        Assert.Equal("/ownerId", properties.PartitionKeyPath);
        Assert.Equal(-1, properties.DefaultTimeToLive);
        Assert.Contains(
            properties.IndexingPolicy.CompositeIndexes,
            index => index.Select(path => path.Path).SequenceEqual(["/status", "/qty", "/id"]));
        Assert.Same(definition, server.Store.GetContainer(definition.Name).Definition);
    }

    [Fact]
    public async Task Ttl_null_leaves_time_to_live_off()
    {
        var definition = new ContainerDefinition("ttloff" + Guid.NewGuid().ToString("N"), "/pk");

        await server.Store.EnsureContainerAsync(definition);

        var properties = (await server.Client.GetContainer(server.Options.DatabaseName, definition.Name).ReadContainerAsync()).Resource;
        Assert.Null(properties.DefaultTimeToLive);
    }

    [Theory]
    [InlineData("pk")]
    [InlineData("/a/b")]
    [InlineData("/")]
    public async Task Nested_or_malformed_partition_key_paths_are_rejected(string path)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => server.Store.EnsureContainerAsync(new ContainerDefinition("bad", path)));
    }

    [Fact]
    public void A_container_never_ensured_is_refused_with_a_hint()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => server.Store.GetContainer("never-ensured"));

        Assert.Contains("EnsureContainerAsync", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_reaches_the_account()
    {
        await server.Store.PingAsync();
    }

    [Fact]
    public async Task Registration_from_configuration_yields_a_working_store_and_outbox_reader()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Cosmos:AccountEndpoint"] = server.Endpoint,
                ["Cosmos:AccountKey"] = CosmosServerFixture.EmulatorKey,
                ["Cosmos:DatabaseName"] = "registration-tests",
                ["Cosmos:UseLocalEmulator"] = "true",
            })
            .Build();
        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddCosmosDocumentStore(configuration.GetSection(CosmosStoreOptions.SectionName))
            .BuildServiceProvider();

        var store = provider.GetRequiredService<IDocumentStore>();
        var definition = new ContainerDefinition("reg" + Guid.NewGuid().ToString("N"), "/pk");
        await store.EnsureContainerAsync(definition);
        var created = await store.GetContainer(definition.Name).CreateAsync(new TestDocument("a", "p1"));
        var read = await store.GetContainer(definition.Name).ReadAsync<TestDocument>("a", "p1");

        Assert.Same(store, provider.GetRequiredService<CosmosDocumentStore>());
        Assert.Equal(created.ETag, read!.ETag);
        await store.PingAsync();
    }

    [Fact]
    public async Task Registration_with_missing_settings_fails_at_start_naming_them()
    {
        await using var provider = new ServiceCollection()
            .AddCosmosDocumentStore(options => options.AccountEndpoint = "https://acct.documents.azure.com:443/")
            .BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Cosmos:DatabaseName is required", failure.Message, StringComparison.Ordinal);
    }
}
