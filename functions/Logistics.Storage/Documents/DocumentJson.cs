using System.Text.Json;
using System.Text.Json.Serialization;

namespace Logistics.Storage.Documents;

/// <summary>The one serializer configuration every document store adapter uses.</summary>
/// <remarks>
/// Changing these options changes how stored documents and in-flight orchestration state are read back:
/// treat any change as a data migration.
/// </remarks>
public static class DocumentJson
{
    /// <summary>camelCase names, enums as strings, nulls omitted.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
