namespace Logistics.Storage.Tests.Blobs;

/// <summary>The test classes that share one Azurite process.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite blob";
}
