namespace Logistics.Storage.Tests.Cosmos;

/// <summary>Every test class that needs the local Cosmos-compatible server shares one instance.</summary>
[CollectionDefinition(Name)]
public sealed class CosmosServerCollection : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "Cosmos server";
}
