
namespace Logistics.Functions.Table;

/// <summary>One function, declared once: its name, trigger, outputs and handler.</summary>
/// <remarks>
/// HTTP functions carry a minimal-API delegate (<see cref="HttpHandler"/>) served on their own route in both runtimes;
/// every other function names an <see cref="IFunctionHandler"/> type resolved per invocation from a DI scope.
/// </remarks>
public sealed record FunctionDefinition
{
    /// <summary>The function name: the folder of its function.json and the custom-handler path <c>/{Name}</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What starts it.</summary>
    public required FunctionTrigger Trigger { get; init; }

    /// <summary>Service Bus outputs the handler may fill.</summary>
    public IReadOnlyList<ServiceBusOutput> Outputs { get; init; } = [];

    /// <summary>The Functions runtime's retry policy (function.json <c>retry</c>); <c>null</c> for none.</summary>
    public FunctionRetryPolicy? Retry { get; init; }

    /// <summary>The <see cref="IFunctionHandler"/> implementation for non-HTTP triggers.</summary>
    public Type? HandlerType { get; init; }

    /// <summary>The minimal-API handler for HTTP triggers.</summary>
    public Delegate? HttpHandler { get; init; }

    /// <summary>Endpoint conventions for HTTP triggers (authorization policy, OpenAPI metadata).</summary>
    public Action<RouteHandlerBuilder>? ConfigureEndpoint { get; init; }
}
