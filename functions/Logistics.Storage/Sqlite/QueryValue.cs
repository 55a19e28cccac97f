using System.Text.Json;
using Logistics.Storage.Documents;

namespace Logistics.Storage.Sqlite;

/// <summary>Kinds of filter value, each compared its own way in SQL.</summary>
internal enum QueryValueKind
{
    Null,
    Boolean,
    Number,
    Text,
    Date,
}

/// <summary>A filter value converted to what SQLite compares it as.</summary>
internal readonly record struct QueryValue(QueryValueKind Kind, object? Sql)
{
    public static QueryValue From(object? value) => value switch
    {
        null => new(QueryValueKind.Null, null),
        bool flag => new(QueryValueKind.Boolean, flag),
        string text => new(QueryValueKind.Text, text),
        DateTimeOffset date => new(QueryValueKind.Date, SqliteFunctions.Format(date)),
        DateTime date => new(QueryValueKind.Date, SqliteFunctions.Format(date.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(date, TimeSpan.Zero) : new DateTimeOffset(date))),
        sbyte or byte or short or ushort or int or uint or long => new(QueryValueKind.Number, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
        ulong or float or double or decimal => new(QueryValueKind.Number, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
        JsonElement element => FromElement(element),
        // Enums, Guids and value objects: compare as the serializer stores them.
        _ => FromElement(JsonSerializer.SerializeToElement(value, value.GetType(), DocumentJson.Options)),
    };

    private static QueryValue FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => new(QueryValueKind.Null, null),
        JsonValueKind.True => new(QueryValueKind.Boolean, true),
        JsonValueKind.False => new(QueryValueKind.Boolean, false),
        JsonValueKind.String => new(QueryValueKind.Text, element.GetString()),
        JsonValueKind.Number when element.TryGetInt64(out var integer) => new(QueryValueKind.Number, integer),
        JsonValueKind.Number => new(QueryValueKind.Number, element.GetDouble()),
        _ => throw new ArgumentException($"A query value must be a string, number, boolean, date or null, not {element.ValueKind}.", nameof(element)),
    };
}
