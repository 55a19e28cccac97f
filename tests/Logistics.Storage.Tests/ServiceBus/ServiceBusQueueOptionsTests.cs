using Azure.Identity;
using Logistics.Storage.Azure.ServiceBus;
using Microsoft.Extensions.Options;

namespace Logistics.Storage.Tests.ServiceBus;

public sealed class ServiceBusQueueOptionsTests
{
    private const string ConnectionString = "Endpoint=sb://127.0.0.1:5672;SharedAccessKeyName=k;SharedAccessKey=v;UseDevelopmentEmulator=true";

    [Fact]
    public void A_namespace_alone_is_valid_for_the_managed_identity()
    {
        Assert.True(Validate(new() { FullyQualifiedNamespace = "sb-logistics.servicebus.windows.net" }).Succeeded);
    }

    [Fact]
    public void A_connection_string_alone_is_valid()
    {
        Assert.True(Validate(new() { ConnectionString = ConnectionString }).Succeeded);
    }

    [Theory]
    [InlineData(null, null, "FullyQualifiedNamespace (signs in with the managed identity) or ServiceBus:ConnectionString is required")]
    [InlineData("sb-x.servicebus.windows.net", ConnectionString, "not both")]
    [InlineData("sb://sb-x.servicebus.windows.net/", null, "is not a host name")]
    [InlineData(null, "Endpoint=sb://x.servicebus.windows.net/", "needs SharedAccessKeyName and SharedAccessKey")]
    [InlineData(null, "SharedAccessKeyName=k;SharedAccessKey=v", "ServiceBus:ConnectionString")]
    public void Invalid_settings_fail_with_a_message_naming_them(string? fullyQualifiedNamespace, string? connectionString, string expected)
    {
        var result = Validate(new() { FullyQualifiedNamespace = fullyQualifiedNamespace, ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61_000)]
    public void The_receive_wait_must_be_positive_and_at_most_a_minute(int milliseconds)
    {
        var result = Validate(new() { ConnectionString = ConnectionString, ReceiveWait = TimeSpan.FromMilliseconds(milliseconds) });

        Assert.Contains("ServiceBus:ReceiveWait", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_with_a_credential_is_refused()
    {
        var result = Validate(new() { ConnectionString = ConnectionString, Credential = new DefaultAzureCredential() });

        Assert.Contains("carries its own key", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_factory_builds_a_client_for_the_namespace_with_the_given_credential()
    {
        await using var client = ServiceBusClientFactory.Create(new() { FullyQualifiedNamespace = "sb-logistics.servicebus.windows.net", Credential = new DefaultAzureCredential() });

        Assert.Equal("sb-logistics.servicebus.windows.net", client.FullyQualifiedNamespace);
    }

    [Fact]
    public void The_factory_refuses_unusable_options_naming_every_problem()
    {
        var failure = Assert.Throws<ArgumentException>(() => ServiceBusClientFactory.Create(new() { ReceiveWait = TimeSpan.Zero }));

        Assert.Contains("is required", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ReceiveWait", failure.Message, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(ServiceBusQueueOptions options) =>
        new ServiceBusQueueOptionsValidator().Validate(name: null, options);
}
