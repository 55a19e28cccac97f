namespace Logistics.Functions.Table;

/// <summary>
/// A function fed by a Cosmos DB container's change feed (Azure only). The host checkpoints the feed in the lease
/// container and sends each batch of changed documents as <c>Data.documents</c>.
/// </summary>
/// <remarks>
/// The standalone runtime never runs it: the embedded SQLite store delivers its own outbox, and the dispatcher and
/// scheduler pick only Service Bus and timer triggers.
/// </remarks>
/// <param name="ContainerName">The monitored container.</param>
/// <param name="Connection">App-setting name prefix of the Cosmos DB connection (<c>CosmosDB__accountEndpoint</c> with a managed identity).</param>
/// <param name="DatabaseName">The database, as a <c>%setting%</c> expression so it follows the app's Cosmos settings.</param>
/// <param name="LeaseContainerName">Where the host keeps its change-feed checkpoints; created when missing.</param>
public sealed record CosmosDbTrigger(
    string ContainerName,
    string Connection = CosmosDbTrigger.DefaultConnection,
    string DatabaseName = CosmosDbTrigger.DefaultDatabaseName,
    string LeaseContainerName = CosmosDbTrigger.DefaultLeaseContainerName) : FunctionTrigger
{
    /// <summary>Default connection setting prefix.</summary>
    public const string DefaultConnection = "CosmosDB";

    /// <summary>The database the app itself uses (<c>Cosmos__DatabaseName</c>).</summary>
    public const string DefaultDatabaseName = "%Cosmos__DatabaseName%";

    /// <summary>Default lease container.</summary>
    public const string DefaultLeaseContainerName = "leases";

    /// <inheritdoc/>
    public override string BindingType => "cosmosDBTrigger";

    /// <inheritdoc/>
    public override string BindingName => "documents";

    /// <summary>
    /// Lease prefix, one per monitored container, so that the functions sharing <see cref="LeaseContainerName"/>
    /// never take each other's leases.
    /// </summary>
    public string LeaseContainerPrefix => ContainerName + "-";
}
