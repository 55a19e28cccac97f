using Azure.Core;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>
/// Where <see cref="ServiceBusMessageQueue"/> connects and how it signs in. Give exactly one of
/// <see cref="FullyQualifiedNamespace"/> (Entra ID: <see cref="Credential"/>, else <c>DefaultAzureCredential</c>, the
/// function app's managed identity in Azure) or <see cref="ConnectionString"/> (a shared access key, for development
/// and tests; the deployed namespace refuses keys).
/// </summary>
/// <remarks>
/// Bound from the configuration section <see cref="SectionName"/> (Functions' <c>Values</c>:
/// <c>ServiceBus__FullyQualifiedNamespace</c>, <c>ServiceBus__ReceiveWait</c>, ...).
/// </remarks>
public sealed class ServiceBusQueueOptions
{
    /// <summary>The configuration section these options are usually bound from.</summary>
    public const string SectionName = "ServiceBus";

    /// <summary>The namespace host, e.g. <c>sb-logistics.servicebus.windows.net</c> (the Bicep output <c>serviceBusNamespace</c>).</summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary>
    /// <c>Endpoint=sb://...;SharedAccessKeyName=...;SharedAccessKey=...</c>; with <c>UseDevelopmentEmulator=true</c> the
    /// SDK speaks plain AMQP to a local emulator or test broker.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Any Entra ID credential (code only), used with <see cref="FullyQualifiedNamespace"/> instead of <c>DefaultAzureCredential</c>.</summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>
    /// How long a receive waits for a first message before it returns empty (default 1 second). Receivers poll, so this is
    /// also how long an idle drain takes per entity.
    /// </summary>
    public TimeSpan ReceiveWait { get; set; } = TimeSpan.FromSeconds(1);
}
