using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.LocalRuntime;

/// <summary>
/// Calls one <c>[Function]</c> method as the isolated worker would: a new instance of its class per invocation from
/// the invocation's service scope (constructor injection), parameters bound from the trigger, and the result awaited.
/// </summary>
/// <remarks>
/// Bindings the local runtime serves: the trigger parameter, <c>[DurableClient] DurableTaskClient</c>, a
/// <see cref="CancellationToken"/>, and, for HTTP functions, route values by parameter name. Anything else is refused
/// when the runtime starts (<see cref="Create"/>), so a function the local runtime cannot serve fails loudly, not at
/// its first call.
/// </remarks>
public sealed class FunctionInvoker
{
    private readonly FunctionMethod _function;
    private readonly Func<InvocationContext, object?>[] _binders;

    private FunctionInvoker(FunctionMethod function, Func<InvocationContext, object?>[] binders)
    {
        _function = function;
        _binders = binders;
    }

    /// <summary>The function this invoker calls.</summary>
    public FunctionMethod Function => _function;

    /// <summary>Prepares the binders of <paramref name="function"/>.</summary>
    /// <exception cref="InvalidOperationException">A parameter cannot be bound by the local runtime.</exception>
    public static FunctionInvoker Create(FunctionMethod function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var binders = function.Method.GetParameters().Select(p => Binder(function, p)).ToArray();
        return new FunctionInvoker(function, binders);
    }

    /// <summary>Invokes the function and returns what it returned (awaited), or null for <c>void</c>/<see cref="Task"/>.</summary>
    public async Task<object?> InvokeAsync(InvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = _function.Method;
        var target = method.IsStatic ? null : ActivatorUtilities.CreateInstance(context.Services, method.DeclaringType!);
        try
        {
            var arguments = _binders.Select(b => b(context)).ToArray();
            object? returned;
            try
            {
                returned = method.Invoke(target, arguments);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }

            return await Unwrap(returned);
        }
        finally
        {
            switch (target)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    private static async Task<object?> Unwrap(object? returned)
    {
        switch (returned)
        {
            case Task task:
                await task;
                var type = task.GetType();
                return type.IsGenericType && type.GetProperty(nameof(Task<object>.Result)) is { } result && result.PropertyType.Name != "VoidTaskResult"
                    ? result.GetValue(task)
                    : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            default:
                return returned;
        }
    }

    private static Func<InvocationContext, object?> Binder(FunctionMethod function, ParameterInfo parameter)
    {
        if (parameter == function.TriggerParameter)
        {
            return function.Trigger switch
            {
                HttpTriggerAttribute when parameter.ParameterType == typeof(HttpRequest) => c => c.HttpContext!.Request,
                TimerTriggerAttribute when parameter.ParameterType == typeof(TimerInfo) => c => c.Timer,
                _ => throw Unbindable(function, parameter, $"a {function.Trigger.GetType().Name} parameter of type {parameter.ParameterType.Name}"),
            };
        }

        if (parameter.GetCustomAttribute<DurableClientAttribute>() is not null && parameter.ParameterType == typeof(DurableTaskClient))
        {
            return c => c.Services.GetRequiredService<DurableTaskClient>();
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return c => c.Cancellation;
        }

        if (function.Http is { } http && parameter.Name is { } name && RouteParameters(http.Route).Contains(name))
        {
            var converter = TypeDescriptor.GetConverter(parameter.ParameterType);
            return c => c.HttpContext!.Request.RouteValues.TryGetValue(name, out var value) && value is not null
                ? converter.ConvertFrom(null, CultureInfo.InvariantCulture, value.ToString()!)
                : null;
        }

        throw Unbindable(function, parameter, $"parameter '{parameter.Name}' of type {parameter.ParameterType.Name}");
    }

    private static HashSet<string> RouteParameters(string? route) =>
        route is null ? [] : new(RoutePatternFactory.Parse(route).Parameters.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);

    private static InvalidOperationException Unbindable(FunctionMethod function, ParameterInfo parameter, string what) =>
        new($"Function {function.Name}: the local runtime cannot bind {what}. It binds the trigger, [DurableClient] DurableTaskClient, " +
            "CancellationToken and, for HTTP functions, route values by name.");
}
