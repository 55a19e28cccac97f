using Logistics.Storage.Documents;
using Logistics.Storage.Tests.Documents.Contract;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>The continuation-token contract against the Cosmos DB adapter on the local server.</summary>
[Collection(CosmosServerCollection.Name)]
public sealed class CosmosDocumentContinuationContractTests(CosmosServerFixture server) : DocumentContinuationContractTests
{
    protected override IDocumentStore Store => server.Store;
}
