using System.Globalization;
using Logistics.Functions.Table;
using Logistics.Orchestration.Runtime;

namespace Logistics.Functions.Workers;

/// <summary>
/// The due-timer sweep: fires durable timers whose time has come. Service Bus output bindings cannot schedule
/// messages, so durable timers are documents swept on this schedule (its period bounds timer precision).
/// </summary>
public sealed class OrchestrationTimersFunction(OrchestrationRuntime runtime) : IFunctionHandler
{
    /// <summary>Every five seconds.</summary>
    public const string Schedule = "*/5 * * * * *";

    /// <inheritdoc/>
    public async Task<FunctionResult> InvokeAsync(FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        var fired = await runtime.FireDueTimersAsync(cancellationToken);
        var result = FunctionResult.Empty();
        return fired == 0 ? result : result.Log(string.Create(CultureInfo.InvariantCulture, $"fired {fired} durable timer(s)"));
    }
}
