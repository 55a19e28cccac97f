namespace Logistics.Functions.Table;

/// <summary>What starts a function: an HTTP request, a timer, a Service Bus queue or topic subscription message, or a Cosmos DB change feed.</summary>
public abstract record FunctionTrigger
{
    /// <summary>The <c>type</c> of the trigger binding in <c>function.json</c>.</summary>
    public abstract string BindingType { get; }

    /// <summary>The trigger binding's <c>name</c>: the key of its value in a custom-handler invocation's <c>Data</c>.</summary>
    public abstract string BindingName { get; }
}
