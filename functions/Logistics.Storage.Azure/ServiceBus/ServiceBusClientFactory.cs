using Azure.Identity;
using Azure.Messaging.ServiceBus;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>
/// Builds the <see cref="ServiceBusClient"/> that <see cref="ServiceBusQueueOptions"/> describe, or names every problem
/// with them. Building opens no connection (the SDK connects on the first operation), so validation builds nothing.
/// </summary>
internal static class ServiceBusClientFactory
{
    private const string Section = ServiceBusQueueOptions.SectionName;

    /// <summary>Every problem with <paramref name="options"/>, each a sentence naming the setting; empty when usable.</summary>
    internal static List<string> Validate(ServiceBusQueueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasNamespace = !string.IsNullOrWhiteSpace(options.FullyQualifiedNamespace);
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        if (hasNamespace == hasConnectionString)
        {
            failures.Add(hasNamespace
                ? $"Give either {Section}:FullyQualifiedNamespace or {Section}:ConnectionString, not both."
                : $"{Section}:FullyQualifiedNamespace (signs in with the managed identity) or {Section}:ConnectionString is required.");
        }

        if (hasNamespace && Uri.CheckHostName(options.FullyQualifiedNamespace!.Trim()) != UriHostNameType.Dns)
        {
            failures.Add(
                $"{Section}:FullyQualifiedNamespace '{options.FullyQualifiedNamespace}' is not a host name such as sb-name.servicebus.windows.net (no scheme, no path).");
        }

        if (hasConnectionString && ConnectionStringProblem(options.ConnectionString!) is { } problem)
            failures.Add($"{Section}:ConnectionString {problem}");
        if (hasConnectionString && (options.Credential is not null || !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)))
            failures.Add($"{Section}:ConnectionString carries its own key: give no Credential or ManagedIdentityClientId with it.");
        if (options.ReceiveWait <= TimeSpan.Zero || options.ReceiveWait > TimeSpan.FromMinutes(1))
            failures.Add($"{Section}:ReceiveWait must be more than zero and at most one minute.");
        return failures;
    }

    /// <summary>Creates the client; the caller owns (and disposes) it. Options must have passed <see cref="Validate"/>.</summary>
    internal static ServiceBusClient Create(ServiceBusQueueOptions options)
    {
        var failures = Validate(options);
        if (failures.Count > 0)
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        var clientOptions = new ServiceBusClientOptions { TransportType = ServiceBusTransportType.AmqpTcp };
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
            return new ServiceBusClient(options.ConnectionString, clientOptions);
        var credential = options.Credential ?? new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
        return new ServiceBusClient(options.FullyQualifiedNamespace!.Trim(), credential, clientOptions);
    }

    // The SDK's parser names what is wrong without echoing the string, which holds a key.
    private static string? ConnectionStringProblem(string connectionString)
    {
        try
        {
            var properties = ServiceBusConnectionStringProperties.Parse(connectionString);
            if (properties.Endpoint is null)
                return "has no Endpoint=sb://....";
            var hasKey = !string.IsNullOrEmpty(properties.SharedAccessKeyName) && !string.IsNullOrEmpty(properties.SharedAccessKey);
            return hasKey || !string.IsNullOrEmpty(properties.SharedAccessSignature)
                ? null
                : "needs SharedAccessKeyName and SharedAccessKey, or SharedAccessSignature.";
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return $"is not a Service Bus connection string: {ex.Message}";
        }
    }
}
