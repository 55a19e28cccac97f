using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Logistics.Storage.Documents;

namespace Logistics.Storage.Sqlite;

/// <summary>Applies <see cref="PatchOperation"/>s to a stored document, as Cosmos DB's patch API does.</summary>
internal static class JsonPatcher
{
    public static void Apply(JsonObject body, IReadOnlyList<PatchOperation> operations, ContainerDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(operations);
        foreach (var operation in operations)
        {
            var segments = Parse(operation.Path);
            if (segments.Length == 1 && (segments[0] is "id" or DocumentCodec.ETagProperty or DocumentCodec.TimestampProperty
                || segments[0] == definition.PartitionKeyProperty))
            {
                throw new ArgumentException($"Patch cannot change '{operation.Path}': ids, partition keys and system properties are fixed.", nameof(operations));
            }

            var parent = Navigate(body, segments, create: operation.Type != PatchOperationType.Remove, operation.Path);
            var name = segments[^1];
            switch (operation.Type)
            {
                case PatchOperationType.Set:
                    SetChild(parent, name, operation.Value?.DeepClone(), operation.Path);
                    break;
                case PatchOperationType.Increment:
                    SetChild(parent, name, Add(GetChild(parent, name), operation), operation.Path);
                    break;
                case PatchOperationType.Remove:
                    if (parent is JsonObject obj)
                        obj.Remove(name);
                    else if (parent is JsonArray array && int.TryParse(name, out var index) && index >= 0 && index < array.Count)
                        array.RemoveAt(index);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(operations), operation.Type, "Unknown patch operation.");
            }
        }
    }

    private static string[] Parse(string path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path.Length == 1)
            throw new ArgumentException($"Patch path '{path}' must look like /property or /a/b.", nameof(path));
        var segments = path[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length == 0)
                throw new ArgumentException($"Patch path '{path}' has an empty segment.", nameof(path));
            segments[i] = segments[i].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        }

        return segments;
    }

    private static JsonNode? Navigate(JsonObject body, string[] segments, bool create, string path)
    {
        JsonNode? current = body;
        for (var i = 0; i < segments.Length - 1 && current is not null; i++)
        {
            var next = GetChild(current, segments[i]);
            if (next is null && create)
            {
                next = new JsonObject();
                SetChild(current, segments[i], next, path);
            }

            current = next;
        }

        return current;
    }

    private static JsonNode? GetChild(JsonNode? parent, string name) => parent switch
    {
        JsonObject obj => obj[name],
        JsonArray array when int.TryParse(name, out var index) && index >= 0 && index < array.Count => array[index],
        _ => null,
    };

    private static void SetChild(JsonNode? parent, string name, JsonNode? value, string path)
    {
        switch (parent)
        {
            case JsonObject obj:
                obj[name] = value;
                break;
            case JsonArray array when name == "-":
                array.Add(value);
                break;
            case JsonArray array when int.TryParse(name, out var index) && index >= 0 && index <= array.Count:
                if (index == array.Count)
                    array.Add(value);
                else
                    array[index] = value;
                break;
            default:
                throw new ArgumentException($"Patch path '{path}' does not lead to an object or array element.", nameof(path));
        }
    }

    private static JsonNode Add(JsonNode? current, PatchOperation operation)
    {
        if (!TryNumber(operation.Value, out var deltaText))
            throw new ArgumentException($"Increment at '{operation.Path}' needs a numeric value.", nameof(operation));
        if (current is null)
            return JsonNode.Parse(deltaText)!;
        if (!TryNumber(current, out var existingText))
            throw new ArgumentException($"Increment at '{operation.Path}' targets a value that is not a number.", nameof(operation));
        if (long.TryParse(existingText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var existingLong)
            && long.TryParse(deltaText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var deltaLong))
        {
            return JsonValue.Create(checked(existingLong + deltaLong));
        }

        return JsonValue.Create(
            double.Parse(existingText, NumberStyles.Float, CultureInfo.InvariantCulture)
            + double.Parse(deltaText, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    // JsonValue hides whether it wraps a long, a double or a parsed element; its JSON text is the common ground.
    private static bool TryNumber(JsonNode? node, out string text)
    {
        text = node is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.ToJsonString() : string.Empty;
        return text.Length > 0;
    }
}
