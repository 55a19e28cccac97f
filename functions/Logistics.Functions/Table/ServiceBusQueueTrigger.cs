namespace Logistics.Functions.Table;

/// <summary>A function fed by a Service Bus queue (the embedded queue in the standalone runtime).</summary>
/// <param name="QueueName">The queue.</param>
/// <param name="Connection">App-setting name prefix of the Service Bus connection.</param>
public sealed record ServiceBusQueueTrigger(string QueueName, string Connection = ServiceBusQueueTrigger.DefaultConnection)
    : ServiceBusTrigger(Connection)
{
    /// <summary>Default connection setting; with managed identity set <c>ServiceBusConnection__fullyQualifiedNamespace</c>.</summary>
    public const string DefaultConnection = "ServiceBusConnection";

    /// <inheritdoc/>
    public override string EntityPath => QueueName;
}
