using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Reports;

/// <summary>
/// Reads a <see cref="LedgerEntry"/> straight off a movement document's JSON: the six members a report sums, every
/// other member skipped unread. A report reads each of an owner's movements once, so this is its hottest loop, and the
/// general serializer's constructor binding and enum parsing cost several times more per document.
/// </summary>
/// <remarks>Enums are matched against their stored names (as the document options' string enum converter writes them), or taken as numbers.</remarks>
internal sealed class LedgerEntryJsonConverter : JsonConverter<LedgerEntry>
{
    private static readonly byte[][] StatusNames = Utf8Names<StockStatus>();
    private static readonly byte[][] TypeNames = Utf8Names<MovementType>();

    public override LedgerEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A movement document must be a JSON object.");
        }

        string? sku = null, lot = null, occurredAt = null;
        StockStatus? status = null;
        MovementType? type = null;
        long? delta = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("sku"u8))
            {
                reader.Read();
                sku = reader.GetString();
            }
            else if (reader.ValueTextEquals("lot"u8))
            {
                reader.Read();
                lot = reader.GetString();
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                status = (StockStatus)Match(ref reader, StatusNames, "status");
            }
            else if (reader.ValueTextEquals("delta"u8))
            {
                reader.Read();
                delta = reader.GetInt64();
            }
            else if (reader.ValueTextEquals("movementType"u8))
            {
                reader.Read();
                type = (MovementType)Match(ref reader, TypeNames, "movementType");
            }
            else if (reader.ValueTextEquals("occurredAt"u8))
            {
                reader.Read();
                occurredAt = reader.GetString();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return sku is not null && status is { } s && delta is { } d && type is { } t && occurredAt is not null
            ? new LedgerEntry(sku, lot, s, d, t, occurredAt)
            : throw new JsonException("A movement document lacks one of sku, status, delta, movementType, occurredAt.");
    }

    public override void Write(Utf8JsonWriter writer, LedgerEntry value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Ledger entries are read from movement documents, never written.");

    private static int Match(ref Utf8JsonReader reader, byte[][] names, string member)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetInt32();
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        throw new JsonException($"Unknown {member} '{reader.GetString()}' in a movement document.");
    }

    // Indexed by value: both enums number their members 0, 1, 2… in declaration order.
    private static byte[][] Utf8Names<T>()
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().OrderBy(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).Select(v => Encoding.UTF8.GetBytes(v.ToString()))];
}
