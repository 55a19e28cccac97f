using DurableTask.Core.History;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Logistics.DurableTask.Serialization;

/// <summary>Reads a <see cref="HistoryEvent"/>-typed value as the concrete class its <c>EventType</c> names.</summary>
/// <remarks>Applies to the abstract declared type only; concrete classes serialize and deserialize as usual.</remarks>
internal sealed class HistoryEventConverter : JsonConverter
{
    public override bool CanWrite => false;

    public override bool CanConvert(Type objectType) => objectType == typeof(HistoryEvent);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
            return null;
        var json = JObject.Load(reader);
        var discriminator = json.GetValue(nameof(HistoryEvent.EventType), StringComparison.Ordinal)
            ?? throw new JsonSerializationException("A history event without an EventType cannot be read.");
        var eventType = discriminator.Type == JTokenType.String
            ? Enum.Parse<EventType>(discriminator.Value<string>()!)
            : (EventType)discriminator.Value<int>();
        using var eventReader = json.CreateReader();
        return serializer.Deserialize(eventReader, HistoryEventTypes.For(eventType));
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("Concrete history events serialize without a converter.");
}
