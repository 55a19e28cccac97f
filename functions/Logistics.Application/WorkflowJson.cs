using System.Text.Json;
using System.Text.Json.Serialization;

namespace Logistics.Application;

/// <summary>
/// How orchestration payloads are written as JSON: inputs, outputs, activity results, events and custom status —
/// camelCase, enums as strings, the shape API clients read in a notice's <c>customStatus</c>. Both runtimes use it (the
/// local data converter, and the worker's serializer that Durable Functions uses under the Functions host).
/// </summary>
/// <remarks>
/// Hazard: in-flight orchestrations replay histories written with these options. Renaming members of the payload
/// records or changing these settings breaks the instances that are running when the change is deployed.
/// </remarks>
public static class WorkflowJson
{
    /// <summary>The options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
