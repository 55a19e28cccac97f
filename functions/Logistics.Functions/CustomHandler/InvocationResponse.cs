using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Logistics.Functions.Table;

namespace Logistics.Functions.CustomHandler;

/// <summary>The custom-handler answer: <c>{"Outputs": {...}, "Logs": [...], "ReturnValue": ...}</c>.</summary>
/// <param name="Outputs">Per output binding: one body as a string, several as an array of strings.</param>
/// <param name="Logs">Lines for the host's log.</param>
/// <param name="ReturnValue">The function's return value, if any.</param>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, JsonNode> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    /// <summary>The answer to a successful invocation.</summary>
    public static InvocationResponse From(FunctionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outputs = result.Outputs.ToDictionary(
            o => o.Key,
            o => o.Value.Count == 1 ? (JsonNode)JsonValue.Create(o.Value[0]) : new JsonArray([.. o.Value.Select(b => (JsonNode?)JsonValue.Create(b))]));
        return new InvocationResponse(outputs, result.Logs, result.ReturnValue);
    }

    /// <summary>The answer to a failed invocation (sent with a non-2xx status; outputs are dropped by the host).</summary>
    public static InvocationResponse Failure(string log) => new(new Dictionary<string, JsonNode>(), [log], null);
}
