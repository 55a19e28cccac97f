using Logistics.Storage.Documents;
using Logistics.Storage.Tests.Documents.Contract;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>
/// ORDER BY and cross-partition queries against the Cosmos DB adapter on the local server; the fixture's handler
/// supplies the query plans the server cannot, and its options declare the composite indexes Cosmos DB requires.
/// </summary>
[Collection(CosmosServerCollection.Name)]
public sealed class CosmosDocumentQueryOrderingContractTests(CosmosServerFixture server) : DocumentQueryOrderingContractTests
{
    protected override IDocumentStore Store => server.Store;
}
