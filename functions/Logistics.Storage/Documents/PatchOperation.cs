using System.Text.Json;
using System.Text.Json.Nodes;

namespace Logistics.Storage.Documents;

/// <summary>Kinds of partial update, as Cosmos DB's patch API names them.</summary>
public enum PatchOperationType
{
    /// <summary>Sets a property, creating it when absent.</summary>
    Set,

    /// <summary>Adds a number to a numeric property (creating it with that number when absent).</summary>
    Increment,

    /// <summary>Removes a property.</summary>
    Remove,
}

/// <summary>One partial update at a JSON path such as <c>/counts/received</c>.</summary>
public sealed record PatchOperation(PatchOperationType Type, string Path, JsonNode? Value)
{
    /// <summary>Sets <paramref name="path"/> to <paramref name="value"/>.</summary>
    public static PatchOperation Set<TValue>(string path, TValue value) =>
        new(PatchOperationType.Set, path, JsonSerializer.SerializeToNode(value, DocumentJson.Options));

    /// <summary>Adds <paramref name="value"/> to the integer at <paramref name="path"/>.</summary>
    public static PatchOperation Increment(string path, long value) => new(PatchOperationType.Increment, path, JsonValue.Create(value));

    /// <summary>Adds <paramref name="value"/> to the number at <paramref name="path"/>.</summary>
    public static PatchOperation Increment(string path, double value) => new(PatchOperationType.Increment, path, JsonValue.Create(value));

    /// <summary>Removes the property at <paramref name="path"/>.</summary>
    public static PatchOperation Remove(string path) => new(PatchOperationType.Remove, path, null);
}
