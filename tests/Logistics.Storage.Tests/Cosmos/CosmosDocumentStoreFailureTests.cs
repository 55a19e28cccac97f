using System.Net;
using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Documents;
using Microsoft.Azure.Cosmos;
using Moq;
using Moq.Protected;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>
/// Store-level failures. Moq stands in for the SDK's <see cref="CosmosClient"/> and <see cref="Database"/> because the
/// local Cosmos-compatible server accepts every request (it checks no keys or permissions).
/// </summary>
public sealed class CosmosDocumentStoreFailureTests
{
    private readonly Mock<CosmosClient> _client = new();
    private readonly Mock<Database> _database = new();

    public CosmosDocumentStoreFailureTests()
    {
        _database.SetupGet(d => d.Id).Returns("db");
        _client.Setup(c => c.GetDatabase("db")).Returns(_database.Object);
    }

    [Fact]
    public async Task A_refused_container_creation_is_a_store_exception_with_the_status()
    {
        _database.Setup(d => d.CreateContainerIfNotExistsAsync(It.IsAny<ContainerProperties>(), It.IsAny<int?>(), It.IsAny<RequestOptions>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new CosmosException("Forbidden by RBAC", HttpStatusCode.Forbidden, 0, "act-12", 0));
        var store = new CosmosDocumentStore(_client.Object, new CosmosStoreOptions { DatabaseName = "db" });

        var failure = await Assert.ThrowsAsync<DocumentStoreException>(() => store.EnsureContainerAsync(new ContainerDefinition("orders", "/pk")));

        Assert.Contains("403", failure.Message, StringComparison.Ordinal);
        Assert.Contains("act-12", failure.Message, StringComparison.Ordinal);
        Assert.IsType<CosmosException>(failure.InnerException);
        Assert.Throws<InvalidOperationException>(() => store.GetContainer("orders"));
    }

    [Fact]
    public async Task An_unreachable_account_fails_the_ping()
    {
        _client.Setup(c => c.ReadAccountAsync()).ThrowsAsync(new CosmosException("unavailable", HttpStatusCode.ServiceUnavailable, 0, "act-13", 0));
        var store = new CosmosDocumentStore(_client.Object, new CosmosStoreOptions { DatabaseName = "db" });

        var failure = await Assert.ThrowsAsync<DocumentStoreException>(() => store.PingAsync());

        Assert.Contains("503", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_disposes_only_a_client_it_created()
    {
        new CosmosDocumentStore(_client.Object, new CosmosStoreOptions { DatabaseName = "db" }).Dispose();
        _client.Protected().Verify("Dispose", Times.Never(), ItExpr.IsAny<bool>());

        new CosmosDocumentStore(_client.Object, new CosmosStoreOptions { DatabaseName = "db" }, logger: null, ownsClient: true).Dispose();
        _client.Protected().Verify("Dispose", Times.Once(), ItExpr.IsAny<bool>());
    }
}
