namespace Logistics.Storage.Tests.Blobs;

/// <summary>The test classes that share the https + OAuth Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteOAuthCollection : ICollectionFixture<AzuriteOAuthFixture>
{
    public const string Name = "Azurite blob, OAuth";
}
