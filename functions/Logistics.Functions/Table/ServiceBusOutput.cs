namespace Logistics.Functions.Table;

/// <summary>
/// A Service Bus output binding: every body a handler adds under <see cref="Name"/> becomes one message on the queue
/// or topic. In Azure the host sends them (bodies only, after a 2xx answer); standalone, the dispatcher sends them
/// through the embedded queue.
/// </summary>
/// <param name="Name">Binding name, the key in <see cref="FunctionResult.Outputs"/>.</param>
/// <param name="EntityName">Destination queue or topic.</param>
/// <param name="IsTopic">True for a topic (<c>topicName</c> in function.json).</param>
/// <param name="Connection">App-setting name prefix of the Service Bus connection.</param>
public sealed record ServiceBusOutput(
    string Name,
    string EntityName,
    bool IsTopic = false,
    string Connection = ServiceBusQueueTrigger.DefaultConnection);
