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
        using var http = new HttpClient();
        var store = new AzureBlobRestStore(http, new AzureBlobStoreOptions { ConnectionString = AzuriteConnectionString, ContainerName = "reports" });

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1/reports"), store.ContainerUri);
    }

    [Fact]
    public void An_azure_connection_string_without_blob_endpoint_uses_the_account_host()
    {
        using var http = new HttpClient();
        var store = new AzureBlobRestStore(http, new AzureBlobStoreOptions
        {
            ConnectionString = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + AzuriteFixture.AccountKey + ";EndpointSuffix=core.windows.net",
            ContainerName = "reports",
        });

        Assert.Equal(new Uri("https://acct.blob.core.windows.net/reports"), store.ContainerUri);
    }

    [Fact]
    public void Development_storage_points_at_the_default_azurite_port()
    {
        using var http = new HttpClient();
        var store = new AzureBlobRestStore(http, new AzureBlobStoreOptions { ConnectionString = "UseDevelopmentStorage=true", ContainerName = "r" });

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1/r"), store.ContainerUri);
    }

    [Fact]
    public void A_sas_container_url_keeps_the_token_out_of_the_container_uri()
    {
        using var http = new HttpClient();
        var store = new AzureBlobRestStore(http, new AzureBlobStoreOptions { ContainerUrl = "https://acct.blob.core.windows.net/reports?sv=2021-12-02&sig=abc" });

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

    [Fact]
    public void A_connection_string_without_container_name_is_rejected()
    {
        var result = new AzureBlobStoreOptionsValidator().Validate(null, new AzureBlobStoreOptions { ConnectionString = AzuriteConnectionString });

        Assert.Contains("ContainerName is required with ConnectionString", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Sizes_and_retry_settings_are_checked()
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
        });

        Assert.Equal(5, result.Failures!.Count());
    }

    [Fact]
    public void Managed_identity_alone_is_valid()
    {
        var result = new AzureBlobStoreOptionsValidator().Validate(null, new AzureBlobStoreOptions
        {
            ContainerUrl = "https://acct.blob.core.windows.net/reports",
            UseManagedIdentity = true,
        });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void The_constructor_rejects_invalid_options_with_every_message()
    {
        using var http = new HttpClient();

        var ex = Assert.Throws<ArgumentException>(() => new AzureBlobRestStore(http, new AzureBlobStoreOptions { BlockSizeBytes = 0 }));

        Assert.Contains("BlockSizeBytes must be positive", ex.Message, StringComparison.Ordinal);
        Assert.Contains("set ContainerUrl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAzureBlobStore_registers_the_rest_store_as_the_blob_store()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddAzureBlobStore(o =>
            {
                o.ConnectionString = AzuriteConnectionString;
                o.ContainerName = "reports";
            })
            .BuildServiceProvider();

        var store = Assert.IsType<AzureBlobRestStore>(provider.GetRequiredService<IBlobStore>());
        Assert.Same(store, provider.GetRequiredService<AzureBlobRestStore>());
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
