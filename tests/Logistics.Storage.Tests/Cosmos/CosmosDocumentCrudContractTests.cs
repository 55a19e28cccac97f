using Logistics.Storage.Documents;
using Logistics.Storage.Tests.Documents.Contract;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>The CRUD contract against the Cosmos DB adapter on the local Cosmos-compatible server.</summary>
[Collection(CosmosServerCollection.Name)]
public sealed class CosmosDocumentCrudContractTests(CosmosServerFixture server) : DocumentCrudContractTests
{
    protected override IDocumentStore Store => server.Store;
}
