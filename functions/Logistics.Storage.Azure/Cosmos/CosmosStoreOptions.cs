using Azure.Core;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>
/// Where <see cref="CosmosDocumentStore"/> connects and how it signs in. Give exactly one of:
/// <see cref="ConnectionString"/>; <see cref="AccountEndpoint"/> + <see cref="AccountKey"/>; or
/// <see cref="AccountEndpoint"/> alone, which signs in with Entra ID through <see cref="Credential"/> or, when that is
/// null, <c>DefaultAzureCredential</c> (managed identity in Azure).
/// </summary>
/// <remarks>Bound from the configuration section <see cref="SectionName"/> (Functions' <c>Values</c>: <c>Cosmos__AccountEndpoint</c>, ...).</remarks>
public sealed class CosmosStoreOptions
{
    /// <summary>The configuration section these options are usually bound from.</summary>
    public const string SectionName = "Cosmos";

    /// <summary><c>AccountEndpoint=https://...;AccountKey=...;</c> as the Azure portal shows it.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account URI, e.g. <c>https://my-account.documents.azure.com:443/</c>.</summary>
    public string? AccountEndpoint { get; set; }

    /// <summary>The account's primary or secondary key (with <see cref="AccountEndpoint"/>).</summary>
    public string? AccountKey { get; set; }

    /// <summary>Any Entra ID credential (code only); used with <see cref="AccountEndpoint"/> and no key.</summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>The database holding every container; created when missing.</summary>
    public string DatabaseName { get; set; } = string.Empty;

    /// <summary>Application name sent as the user-agent suffix (shows up in Cosmos DB diagnostics).</summary>
    public string? ApplicationName { get; set; }

    /// <summary>
    /// Test only, never on in Azure: talk to a local emulator or Cosmos-compatible server in Gateway mode, limited to
    /// <see cref="AccountEndpoint"/>, and accept its self-signed TLS certificate.
    /// </summary>
    public bool UseLocalEmulator { get; set; }
}
