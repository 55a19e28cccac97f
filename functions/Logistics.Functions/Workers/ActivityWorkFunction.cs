using Logistics.Functions.Table;
using Logistics.Orchestration.Runtime;

namespace Logistics.Functions.Workers;

/// <summary>Queue <c>activity-work</c>: runs the activities a work item carries.</summary>
public sealed class ActivityWorkFunction(OrchestrationRuntime runtime) : IFunctionHandler
{
    /// <inheritdoc/>
    public async Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        await runtime.HandleActivityMessageAsync(invocation.Body ?? string.Empty, cancellationToken);
        return FunctionResult.Empty();
    }
}
