using System.Text.Json;
using Logistics.Storage.Documents;

namespace Logistics.Orchestration.Runtime;

/// <summary>Serializes inputs, outputs, results and event payloads with the store's JSON options.</summary>
/// <remarks>Changing the options changes how in-flight orchestrations read their history back: a data migration.</remarks>
internal static class OrchestrationJson
{
    public static string? Serialize(object? value) =>
        value is null ? null : JsonSerializer.Serialize(value, value.GetType(), DocumentJson.Options);

    public static string? Serialize(object? value, Type type) =>
        value is null ? null : JsonSerializer.Serialize(value, type, DocumentJson.Options);

    public static T Deserialize<T>(string? json) =>
        json is null ? default! : JsonSerializer.Deserialize<T>(json, DocumentJson.Options)!;

    public static object? Deserialize(string? json, Type type) =>
        json is null ? null : JsonSerializer.Deserialize(json, type, DocumentJson.Options);
}
