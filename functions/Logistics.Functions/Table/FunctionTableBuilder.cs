using System.Text.RegularExpressions;
using Logistics.Functions.Scheduling;

namespace Logistics.Functions.Table;

/// <summary>Declares functions and checks the table once: unique valid names, parseable schedules, known handlers.</summary>
public sealed partial class FunctionTableBuilder
{
    private readonly List<FunctionDefinition> _functions = [];

    /// <summary>Declares an HTTP function on <c>/api/{route}</c>.</summary>
    public FunctionTableBuilder Http(
        string name,
        string method,
        string route,
        Delegate handler,
        Action<RouteHandlerBuilder>? configure = null) =>
        Add(new FunctionDefinition
        {
            Name = name,
            Trigger = new HttpTrigger(route, [method.ToUpperInvariant()]),
            HttpHandler = handler,
            ConfigureEndpoint = configure,
        });

    /// <summary>Declares a timer function on a six-field NCRONTAB schedule.</summary>
    public FunctionTableBuilder Timer<THandler>(string name, string schedule, bool runOnStartup = false, params ServiceBusOutput[] outputs)
        where THandler : IFunctionHandler =>
        Add(new FunctionDefinition
        {
            Name = name,
            Trigger = new TimerTrigger(CronSchedule.Parse(schedule), runOnStartup),
            HandlerType = typeof(THandler),
            Outputs = outputs,
        });

    /// <summary>Declares a Service Bus queue function.</summary>
    public FunctionTableBuilder Queue<THandler>(string name, string queueName, params ServiceBusOutput[] outputs)
        where THandler : IFunctionHandler =>
        Add(new FunctionDefinition
        {
            Name = name,
            Trigger = new ServiceBusQueueTrigger(queueName),
            HandlerType = typeof(THandler),
            Outputs = outputs,
        });

    /// <summary>Declares a Service Bus topic-subscription function.</summary>
    public FunctionTableBuilder Topic<THandler>(string name, string topicName, string subscriptionName, params ServiceBusOutput[] outputs)
        where THandler : IFunctionHandler =>
        Add(new FunctionDefinition
        {
            Name = name,
            Trigger = new ServiceBusTopicTrigger(topicName, subscriptionName),
            HandlerType = typeof(THandler),
            Outputs = outputs,
        });

    /// <summary>
    /// Declares a function on a Cosmos DB container's change feed (Azure only), retried for ever on failure so that the
    /// feed's checkpoint never passes a batch the function did not handle.
    /// </summary>
    public FunctionTableBuilder ChangeFeed<THandler>(string name, string containerName, params ServiceBusOutput[] outputs)
        where THandler : IFunctionHandler =>
        Add(new FunctionDefinition
        {
            Name = name,
            Trigger = new CosmosDbTrigger(containerName),
            HandlerType = typeof(THandler),
            Outputs = outputs,
            Retry = FunctionRetryPolicy.Forever,
        });

    /// <summary>Adds a definition as is.</summary>
    public FunctionTableBuilder Add(FunctionDefinition function)
    {
        ArgumentNullException.ThrowIfNull(function);
        _functions.Add(function);
        return this;
    }

    /// <summary>Validates and freezes the table; throws <see cref="InvalidOperationException"/> listing every problem.</summary>
    public FunctionTable Build()
    {
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in _functions)
        {
            if (!FunctionName().IsMatch(f.Name))
            {
                problems.Add($"'{f.Name}' is not a valid function name (a letter, then letters, digits, '_' or '-', at most 128).");
            }

            if (!names.Add(f.Name))
            {
                problems.Add($"'{f.Name}' is declared twice.");
            }

            if (f.Trigger is HttpTrigger http)
            {
                if (f.HttpHandler is null || http.Route.StartsWith('/'))
                {
                    problems.Add($"'{f.Name}' needs an HTTP handler and a route without a leading '/'.");
                }
            }
            else if (f.HandlerType is null || !typeof(IFunctionHandler).IsAssignableFrom(f.HandlerType))
            {
                problems.Add($"'{f.Name}' needs a handler type implementing {nameof(IFunctionHandler)}.");
            }

            if (f.Outputs.Select(o => o.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != f.Outputs.Count ||
                f.Outputs.Any(o => string.Equals(o.Name, f.Trigger.BindingName, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"'{f.Name}' has binding names that are not unique.");
            }
        }

        return problems.Count == 0
            ? new FunctionTable([.. _functions])
            : throw new InvalidOperationException("The function table is invalid: " + string.Join(" ", problems));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$")]
    private static partial Regex FunctionName();
}
