using System.Globalization;
using System.Text.Json.Nodes;
using Logistics.Functions.Table;

namespace Logistics.Functions.Packaging;

/// <summary>Generates a function's <c>function.json</c> from its table entry.</summary>
public static class FunctionJson
{
    /// <summary>The binding document: the trigger (direction <c>in</c>), then outputs (direction <c>out</c>).</summary>
    public static JsonObject For(FunctionDefinition function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var bindings = new JsonArray { Trigger(function.Trigger) };
        if (function.Trigger is HttpTrigger)
        {
            // With proxying the handler's own response is the HTTP response; the host still wants an http output.
            bindings.Add(new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" });
        }

        foreach (var output in function.Outputs)
        {
            var binding = new JsonObject { ["type"] = "serviceBus", ["direction"] = "out", ["name"] = output.Name };
            binding[output.IsTopic ? "topicName" : "queueName"] = output.EntityName;
            binding["connection"] = output.Connection;
            bindings.Add(binding);
        }

        var document = new JsonObject { ["bindings"] = bindings };
        if (function.Retry is { } retry)
        {
            document["retry"] = Retry(retry);
        }

        return document;
    }

    private static JsonObject Retry(FunctionRetryPolicy retry) => new()
    {
        ["strategy"] = FunctionRetryPolicy.Strategy,
        ["maxRetryCount"] = retry.MaxRetryCount,
        ["minimumInterval"] = retry.MinimumInterval.ToString("c", CultureInfo.InvariantCulture),
        ["maximumInterval"] = retry.MaximumInterval.ToString("c", CultureInfo.InvariantCulture),
    };

    private static JsonObject Trigger(FunctionTrigger trigger)
    {
        var binding = new JsonObject { ["type"] = trigger.BindingType, ["direction"] = "in", ["name"] = trigger.BindingName };
        switch (trigger)
        {
            case HttpTrigger http:
                binding["authLevel"] = "anonymous";
                binding["methods"] = new JsonArray([.. http.Methods.Select(m => (JsonNode?)JsonValue.Create(m.ToLowerInvariant()))]);
                binding["route"] = http.Route;
                break;
            case TimerTrigger timer:
                binding["schedule"] = timer.Schedule.Expression;
                binding["runOnStartup"] = timer.RunOnStartup;
                binding["useMonitor"] = true;
                break;
            case ServiceBusQueueTrigger queue:
                binding["queueName"] = queue.QueueName;
                binding["connection"] = queue.Connection;
                break;
            case ServiceBusTopicTrigger topic:
                binding["topicName"] = topic.TopicName;
                binding["subscriptionName"] = topic.SubscriptionName;
                binding["connection"] = topic.Connection;
                break;
            case CosmosDbTrigger feed:
                binding["connection"] = feed.Connection;
                binding["databaseName"] = feed.DatabaseName;
                binding["containerName"] = feed.ContainerName;
                binding["leaseContainerName"] = feed.LeaseContainerName;
                binding["leaseContainerPrefix"] = feed.LeaseContainerPrefix;
                binding["createLeaseContainerIfNotExists"] = true;
                break;
            default:
                throw new InvalidOperationException($"No function.json mapping for trigger {trigger.GetType().Name}.");
        }

        return binding;
    }
}
