using System.Diagnostics;
using Logistics.Functions.Hosting;

namespace Logistics.Functions.Table;

/// <summary>Runs a non-HTTP function's handler in its own DI scope; both runtimes call it.</summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes, ILogger<FunctionInvoker> logger)
{
    /// <summary>Invokes the handler; exceptions propagate so the caller can abandon or answer non-2xx.</summary>
    public async Task<FunctionResult> InvokeAsync(FunctionDefinition function, FunctionInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        var handlerType = function.HandlerType
            ?? throw new InvalidOperationException($"Function '{function.Name}' is an HTTP function and has no invocation handler.");
        var started = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var handler = (IFunctionHandler)ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, handlerType);
        try
        {
            var result = await handler.InvokeAsync(invocation, cancellationToken);
            Logs.FunctionSucceeded(logger, function.Name, invocation.DeliveryCount, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Logs.FunctionFailed(logger, ex, function.Name, invocation.DeliveryCount);
            throw;
        }
    }
}
