using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>Options validation and registration: clear messages for every misconfiguration, before the first request.</summary>
public sealed class AzureBlobStoreOptionsTests
{
    private const string AzuriteConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteFixture.AccountKey
        + ";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

    [Fact]
    public void An_azurite_connection_string_with_a_container_name_resolves_the_container_url()
    {
        var store = new AzureBlobStore(new AzureBlobStoreOptions { ConnectionString = AzuriteConnectionString, ContainerName = "reports" });

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1/reports"), store.ContainerUri);
    }

    [Fact]
    public void An_azure_connection_string_without_blob_endpoint_uses_the_account_host()
    {
        var store = new AzureBlobStore(new AzureBlobStoreOptions
        {
            ConnectionString = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + AzuriteFixture.AccountKey + ";EndpointSuffix=core.windows.net",
            ContainerName = "reports",
        });

        Assert.Equal(new Uri("https://acct.blob.core.windows.net/reports"), store.ContainerUri);
    }

    [Fact]
    public void Development_storage_points_at_the_default_azurite_port()
    {
        var store = new AzureBlobStore(new AzureBlobStoreOptions { ConnectionString = "UseDevelopmentStorage=true", ContainerName = "r" });

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1/r"), store.ContainerUri);
    }

    [Fact]
    public void A_sas_container_url_keeps_the_token_out_of_the_container_uri()
    {
        var store = new AzureBlobStore(new AzureBlobStoreOptions { ContainerUrl = "https://acct.blob.core.windows.net/reports?sv=2021-12-02&sig=abc" });

        Assert.Equal(new Uri("https://acct.blob.core.windows.net/reports"), store.ContainerUri);
    }

    [Fact]
    public void An_endpoint_only_connection_string_may_sign_in_with_entra_id()
    {
        var store = new AzureBlobStore(new AzureBlobStoreOptions
        {
            ConnectionString = "BlobEndpoint=https://acct.blob.core.windows.net;",
            ContainerName = "reports",
            UseManagedIdentity = true,
        });

        Assert.Equal(new Uri("https://acct.blob.core.windows.net/reports"), store.ContainerUri);
    }

    [Theory]
    [InlineData(null, null, null, null, false, "set ContainerUrl, or ConnectionString with ContainerName")]
    [InlineData("https://acct.blob.core.windows.net/reports", null, null, null, false, "none is set")]
    [InlineData("https://acct.blob.core.windows.net/reports?sig=x", "acct", "AAAA", null, false, "found account key and SAS")]
    [InlineData("https://acct.blob.core.windows.net/reports", null, null, "sv=x", true, "found SAS and managed identity / Credential")]
    [InlineData("https://acct.blob.core.windows.net/reports", null, "AAAA", null, false, "AccountName is required with an account key")]
    [InlineData("https://acct.blob.core.windows.net/reports", "acct", "not base64!", null, false, "AccountKey is not valid base64")]
    [InlineData("ftp://acct/reports", null, null, "sv=x", false, "is not an http(s) URL")]
    [InlineData("https://acct.blob.core.windows.net/", null, null, "sv=x", false, "must end with the container name")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1", null, null, "sv=x", false, "must end with the container name")]
    [InlineData("http://127.0.0.1:10000/devstoreaccount1/reports", null, null, null, true, "Entra ID sign-in needs an https endpoint")]
    public void Misconfigurations_fail_validation_with_a_message_naming_the_setting(
        string? containerUrl, string? accountName, string? accountKey, string? sas, bool managedIdentity, string expected)
    {
        var options = new AzureBlobStoreOptions
        {
            ContainerUrl = containerUrl,
            AccountName = accountName,
            AccountKey = accountKey,
            SasToken = sas,
            UseManagedIdentity = managedIdentity,
        };

        var result = new AzureBlobStoreOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AzuriteConnectionString, null, "ContainerName is required with ConnectionString")]
    [InlineData("AccountKey=" + AzuriteFixture.AccountKey + ";no account name", "reports", "ConnectionString is not a storage connection string")]
    [InlineData("BlobEndpoint=https://acct.blob.core.windows.net;", "reports", "none is set")]
    public void Connection_string_faults_are_named(string connectionString, string? container, string expected)
    {
        var result = new AzureBlobStoreOptionsValidator().Validate(null, new AzureBlobStoreOptions { ConnectionString = connectionString, ContainerName = container });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_does_not_mix_with_the_container_url_settings()
    {
        var result = new AzureBlobStoreOptionsValidator().Validate(null, new AzureBlobStoreOptions
        {
            ConnectionString = AzuriteConnectionString,
            ContainerName = "reports",
            SasToken = "sv=x",
        });

        Assert.Contains("a ConnectionString carries its own credentials", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Sizes_retry_settings_and_the_service_version_are_checked()
    {
        var result = new AzureBlobStoreOptionsValidator().Validate(null, new AzureBlobStoreOptions
        {
            ContainerUrl = "https://acct.blob.core.windows.net/reports?sig=x",
            SinglePutLimitBytes = 0,
            BlockSizeBytes = -1,
            ListPageSize = 5001,
            MaxRetryAttempts = -1,
            RetryBaseDelay = TimeSpan.FromSeconds(2),
            RetryMaxDelay = TimeSpan.FromSeconds(1),
            ServiceVersion = (BlobClientOptions.ServiceVersion)999,
        });

        Assert.Equal(6, result.Failures!.Count());
    }

    [Fact]
    public void Retries_and_the_service_version_go_to_the_sdk_client_options()
    {
        var clientOptions = AzureBlobClientFactory.CreateClientOptions(new AzureBlobStoreOptions
        {
            MaxRetryAttempts = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(250),
            RetryMaxDelay = TimeSpan.FromSeconds(4),
            ServiceVersion = BlobClientOptions.ServiceVersion.V2025_11_05,
            ConfigureClientOptions = o => o.Diagnostics.ApplicationId = "logistics-test",
        });

        Assert.Equal(3, clientOptions.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(250), clientOptions.Retry.Delay);
        Assert.Equal(TimeSpan.FromSeconds(4), clientOptions.Retry.MaxDelay);
        Assert.Equal(RetryMode.Exponential, clientOptions.Retry.Mode);
        Assert.Equal(BlobClientOptions.ServiceVersion.V2025_11_05, clientOptions.Version);
        Assert.Equal("logistics-test", clientOptions.Diagnostics.ApplicationId);
    }

    [Fact]
    public void Managed_identity_alone_is_valid_and_signs_in_through_default_azure_credential()
    {
        var options = new AzureBlobStoreOptions { ContainerUrl = "https://acct.blob.core.windows.net/reports", UseManagedIdentity = true };

        var result = new AzureBlobStoreOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.IsType<DefaultAzureCredential>(AzureBlobClientFactory.TokenCredentialOf(options));
    }

    [Fact]
    public void The_constructor_rejects_invalid_options_with_every_message()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AzureBlobStore(new AzureBlobStoreOptions { BlockSizeBytes = 0 }));

        Assert.Contains("BlockSizeBytes must be positive", ex.Message, StringComparison.Ordinal);
        Assert.Contains("set ContainerUrl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAzureBlobStore_registers_the_azure_store_as_the_blob_store()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddAzureBlobStore(o =>
            {
                o.ConnectionString = AzuriteConnectionString;
                o.ContainerName = "reports";
            })
            .BuildServiceProvider();

        var store = Assert.IsType<AzureBlobStore>(provider.GetRequiredService<IBlobStore>());
        Assert.Same(store, provider.GetRequiredService<AzureBlobStore>());
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1/reports"), store.ContainerUri);
    }

    [Fact]
    public void AddAzureBlobStore_with_invalid_options_fails_resolution_with_the_validation_message()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddAzureBlobStore(o => o.ContainerUrl = "https://acct.blob.core.windows.net/reports")
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IBlobStore>());

        Assert.Contains("set exactly one way to authorize", ex.Message, StringComparison.Ordinal);
    }
}
