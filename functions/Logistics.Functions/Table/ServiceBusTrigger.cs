namespace Logistics.Functions.Table;

/// <summary>Common ground of queue and topic-subscription triggers.</summary>
/// <param name="Connection">App-setting name prefix of the Service Bus connection.</param>
public abstract record ServiceBusTrigger(string Connection) : FunctionTrigger
{
    /// <inheritdoc/>
    public override string BindingType => "serviceBusTrigger";

    /// <inheritdoc/>
    public override string BindingName => "message";

    /// <summary>The path the embedded queue receives from (queue name, or <c>topic/subscriptions/name</c>).</summary>
    public abstract string EntityPath { get; }
}
