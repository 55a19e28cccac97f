using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Logistics.Storage.Documents;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>
/// Converts values to plain CLR values (string, long, double, bool, null, lists, dictionaries) that every serializer
/// writes alike. The SDK serializes query parameters and patch values with the client's own serializer (Newtonsoft by
/// default), so handing it plain values keeps <see cref="DocumentJson.Options"/> the only format that matters.
/// </summary>
internal static class JsonPlainValue
{
    /// <summary>Serializes <paramref name="value"/> as documents are stored, then converts it; instants become UTC first.</summary>
    public static object? From(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag,
        JsonElement element => FromElement(element),
        JsonNode node => FromNode(node),
        DateTimeOffset instant => FromElement(JsonSerializer.SerializeToElement(instant.ToUniversalTime(), DocumentJson.Options)),
        DateTime time => FromElement(JsonSerializer.SerializeToElement(time.ToUniversalTime(), DocumentJson.Options)),
        _ => FromElement(JsonSerializer.SerializeToElement(value, value.GetType(), DocumentJson.Options)),
    };

    /// <summary>Converts a JSON node (null stays null).</summary>
    public static object? FromNode(JsonNode? node) =>
        node is null ? null : FromElement(JsonSerializer.SerializeToElement(node, DocumentJson.Options));

    /// <summary>Converts a JSON element.</summary>
    public static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromElement).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromElement(p.Value), StringComparer.Ordinal),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Unsupported JSON value kind {element.ValueKind}.")),
    };
}
