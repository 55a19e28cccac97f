using Azure.Core;
using Azure.Identity;
using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Documents;
using Microsoft.Azure.Cosmos;

namespace Logistics.Storage.Tests.Cosmos;

public sealed class CosmosStoreOptionsTests
{
    private const string Key = CosmosServerFixture.EmulatorKey;

    [Fact]
    public void Endpoint_and_key_are_valid()
    {
        Assert.True(Validate(new() { AccountEndpoint = "https://acct.documents.azure.com:443/", AccountKey = Key, DatabaseName = "logistics" }).Succeeded);
    }

    [Fact]
    public void Endpoint_alone_is_valid_for_entra_id()
    {
        Assert.True(Validate(new() { AccountEndpoint = "https://acct.documents.azure.com:443/", DatabaseName = "logistics" }).Succeeded);
    }

    [Fact]
    public void A_connection_string_is_valid()
    {
        Assert.True(Validate(new() { ConnectionString = $"AccountEndpoint=https://acct.documents.azure.com:443/;AccountKey={Key};", DatabaseName = "db" }).Succeeded);
    }

    [Theory]
    [InlineData(null, null, null, "db", "AccountEndpoint")]
    [InlineData("https://a.documents.azure.com/", null, null, "", "DatabaseName")]
    [InlineData("not a uri", null, null, "db", "not an absolute URI")]
    [InlineData(null, null, "AccountEndpoint=https://a/;", "db", "ConnectionString needs")]
    [InlineData("https://a.documents.azure.com/", null, "AccountEndpoint=https://a/;AccountKey=k;", "db", "not both")]
    public void Invalid_settings_fail_with_a_message_naming_them(string? endpoint, string? key, string? connectionString, string database, string expected)
    {
        var result = Validate(new() { AccountEndpoint = endpoint, AccountKey = key, ConnectionString = connectionString, DatabaseName = database });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_and_a_credential_together_are_refused()
    {
        var result = Validate(new() { AccountEndpoint = "https://a/", AccountKey = Key, Credential = new DefaultAzureCredential(), DatabaseName = "db" });

        Assert.Contains("not both", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Composite_indexes_end_with_the_id_ascending()
    {
        var paths = CosmosCompositeIndex.For([new QueryOrder("/status"), new QueryOrder("/qty", Descending: true)]);

        Assert.Equal(
            [("/status", CompositePathSortOrder.Ascending), ("/qty", CompositePathSortOrder.Descending), ("/id", CompositePathSortOrder.Ascending)],
            paths.Select(path => (path.Path, path.Order)));
    }

    [Fact]
    public void The_local_emulator_setting_selects_gateway_mode_limited_to_the_endpoint()
    {
        var local = CosmosClientFactory.CreateClientOptions(new() { UseLocalEmulator = true, ApplicationName = "logistics" });
        var azure = CosmosClientFactory.CreateClientOptions(new());

        Assert.Equal((ConnectionMode.Gateway, true), (local.ConnectionMode, local.LimitToEndpoint));
        Assert.NotNull(local.HttpClientFactory);
        Assert.Equal("logistics", local.ApplicationName);
        Assert.Equal(ConnectionMode.Direct, azure.ConnectionMode);
        Assert.Null(azure.HttpClientFactory);
        Assert.False(azure.LimitToEndpoint);
    }

    [Fact]
    public void The_factory_accepts_a_credential_when_there_is_no_key()
    {
        var credential = new RecordingCredential();
        using var client = CosmosClientFactory.Create(new() { AccountEndpoint = "https://acct.documents.azure.com:443/", Credential = credential, DatabaseName = "db" });

        Assert.Equal(new Uri("https://acct.documents.azure.com:443/"), client.Endpoint);
    }

    [Fact]
    public void The_factory_reads_endpoint_and_key_from_a_connection_string()
    {
        using var client = CosmosClientFactory.Create(new() { ConnectionString = $"AccountEndpoint=https://acct.documents.azure.com:443/;AccountKey={Key};", DatabaseName = "db" });

        Assert.Equal(new Uri("https://acct.documents.azure.com:443/"), client.Endpoint);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(CosmosStoreOptions options) =>
        new CosmosStoreOptionsValidator().Validate(name: null, options);

    private sealed class RecordingCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("token", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
