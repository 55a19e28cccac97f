namespace Logistics.Functions.Table;

/// <summary>Handles a timer or Service Bus invocation; both runtimes call it the same way.</summary>
/// <remarks>
/// Throwing fails the invocation: standalone the message is abandoned (and dead-lettered after the entity's maximum
/// deliveries); in Azure the handler answers non-2xx and Service Bus does the same. Outputs are only sent on success.
/// </remarks>
public interface IFunctionHandler
{
    /// <summary>Runs the function.</summary>
    Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken);
}
