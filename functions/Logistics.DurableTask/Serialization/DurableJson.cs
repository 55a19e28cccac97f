using DurableTask.Core;
using DurableTask.Core.History;
using Newtonsoft.Json;

namespace Logistics.DurableTask.Serialization;

/// <summary>
/// The JSON form of DurableTask.Core's history events and task messages, as stored in the SQLite task hub and as
/// returned by <see cref="IOrchestrationServiceClient.GetOrchestrationHistoryAsync"/>.
/// </summary>
/// <remarks>
/// Newtonsoft.Json, because DurableTask.Core's types are annotated for it (<c>[DataMember]</c>, <c>[JsonConstructor]</c>).
/// No type names are written: the <c>EventType</c> every event carries selects its class when read back, which keeps rows
/// compact and independent of assembly names. Nulls are omitted; a missing member reads back as null.
/// </remarks>
internal static class DurableJson
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new HistoryEventContractResolver(),
        Converters = { new HistoryEventConverter() },
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        TypeNameHandling = TypeNameHandling.None,
    });

    public static string Serialize(object value)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Serializer.Serialize(writer, value);
        return writer.ToString();
    }

    public static T Deserialize<T>(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return Serializer.Deserialize<T>(reader)
            ?? throw new JsonSerializationException($"The stored JSON holds no {typeof(T).Name}.");
    }

    /// <summary>Reads a JSON array of history events, each as the class its <c>EventType</c> names.</summary>
    public static List<HistoryEvent> DeserializeEvents(string json) => Deserialize<List<HistoryEvent>>(json);

    public static TaskMessage DeserializeMessage(string json) => Deserialize<TaskMessage>(json);
}
