using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Logistics.Storage.Sqlite;

/// <summary>
/// The opaque continuation of a query: a keyset position (partition key and id of the last row) for the default
/// order, an offset when the query has its own sort keys.
/// </summary>
internal sealed record QueryContinuation(string? PartitionKey, string? Id, long Offset)
{
    public static string Keyset(string partitionKey, string id) => Encode("k" + JsonSerializer.Serialize(new[] { partitionKey, id }, QueryContinuationJson.Default.StringArray));

    public static string AtOffset(long offset) => Encode("o" + offset.ToString(CultureInfo.InvariantCulture));

    public static QueryContinuation? Parse(string? token)
    {
        if (token is null)
            return null;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (text.StartsWith('o') && long.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return new QueryContinuation(null, null, offset);
            if (text.StartsWith('k') && JsonSerializer.Deserialize(text.AsSpan(1), QueryContinuationJson.Default.StringArray) is [{ } pk, { } id])
                return new QueryContinuation(pk, id, 0);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new ArgumentException("The continuation token is not one this store issued.", nameof(token), e);
        }

        throw new ArgumentException("The continuation token is not one this store issued.", nameof(token));
    }

    private static string Encode(string text) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
