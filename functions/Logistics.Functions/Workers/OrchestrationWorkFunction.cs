using Logistics.Functions.Table;
using Logistics.Orchestration.Runtime;

namespace Logistics.Functions.Workers;

/// <summary>Queue <c>orchestration-work</c>: runs the orchestrator episode a wake-up names.</summary>
public sealed class OrchestrationWorkFunction(OrchestrationRuntime runtime) : IFunctionHandler
{
    /// <inheritdoc/>
    public async Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        await runtime.HandleOrchestrationMessageAsync(invocation.Body ?? string.Empty, cancellationToken);
        return FunctionResult.Empty();
    }
}
