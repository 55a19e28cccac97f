using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Logistics.Functions.Table;

namespace Logistics.Functions.CustomHandler;

/// <summary>
/// Reads a custom-handler invocation request, <c>{"Data": {binding: value}, "Metadata": {...}}</c>, into a
/// <see cref="FunctionInvocation"/>.
/// </summary>
/// <remarks>
/// The Functions host JSON-encodes plain strings once more before putting them in <c>Data</c> and <c>Metadata</c>
/// (a Service Bus body <c>{"a":1}</c> arrives as <c>"\"{\\\"a\\\":1}\""</c>), so a string value that is itself a JSON
/// string literal is unwrapped once. Binding and metadata names are matched case-insensitively.
/// </remarks>
public static class InvocationPayload
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Parses the request for <paramref name="function"/>; throws <see cref="JsonException"/> on a malformed payload.</summary>
    public static FunctionInvocation Parse(FunctionDefinition function, string json)
    {
        ArgumentNullException.ThrowIfNull(function);
        var root = JsonNode.Parse(json, NodeOptions) as JsonObject
            ?? throw new JsonException("The invocation payload is not a JSON object.");
        var data = root["Data"] as JsonObject ?? new JsonObject(NodeOptions);
        var metadata = Flatten(root["Metadata"] as JsonObject);
        var value = data[function.Trigger.BindingName];
        return function.Trigger switch
        {
            TimerTrigger => new FunctionInvocation(function.Name, null, ParseTimer(value), 0, metadata),
            ServiceBusTrigger => new FunctionInvocation(
                function.Name,
                AsString(value),
                null,
                metadata.TryGetValue("DeliveryCount", out var count) && int.TryParse(count, CultureInfo.InvariantCulture, out var n) ? n : 1,
                metadata),
            CosmosDbTrigger => new FunctionInvocation(function.Name, Documents(value), null, 0, metadata),
            _ => throw new InvalidOperationException($"Function '{function.Name}' is not invoked through the custom-handler protocol."),
        };
    }

    /// <summary>The original string of a <c>Data</c> or <c>Metadata</c> value.</summary>
    public static string? AsString(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return Unwrap(text);
        }

        return node.ToJsonString();
    }

    /// <summary>
    /// The change feed's <c>documents</c> as JSON array text, whether the host sent the array itself or a string holding
    /// it (JSON-encoded once more, like every string in <c>Data</c>); throws <see cref="JsonException"/> otherwise.
    /// </summary>
    public static string Documents(JsonNode? node)
    {
        for (var depth = 0; depth < 3 && node is JsonValue && AsString(node) is { } text; depth++)
        {
            node = JsonNode.Parse(text, NodeOptions);
        }

        return node is JsonArray array
            ? array.ToJsonString()
            : throw new JsonException("The change-feed invocation has no 'documents' array.");
    }

    private static string Unwrap(string text)
    {
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            try
            {
                return JsonSerializer.Deserialize<string>(text) ?? text;
            }
            catch (JsonException)
            {
                // Quoted but not a JSON string literal: it is the original text after all.
            }
        }

        return text;
    }

    private static TimerInfo ParseTimer(JsonNode? node)
    {
        // Some host versions deliver the timer object itself as a (JSON-encoded) string.
        if (node is JsonValue && AsString(node) is { } text && text.TrimStart().StartsWith('{'))
        {
            node = JsonNode.Parse(text, NodeOptions);
        }

        var timer = node as JsonObject;
        var pastDue = timer?["IsPastDue"] is JsonValue due && due.TryGetValue<bool>(out var b) && b;
        TimerScheduleStatus? status = null;
        if (timer?["ScheduleStatus"] is JsonObject s && Date(s["Last"]) is { } last && Date(s["Next"]) is { } next)
        {
            status = new TimerScheduleStatus(last, next, Date(s["LastUpdated"]) ?? next);
        }

        return new TimerInfo(pastDue, status);
    }

    private static DateTimeOffset? Date(JsonNode? node) =>
        AsString(node) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    private static Dictionary<string, string> Flatten(JsonObject? metadata)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in metadata ?? [])
        {
            if (AsString(value) is { } text)
            {
                result[name] = text;
            }
        }

        return result;
    }
}
