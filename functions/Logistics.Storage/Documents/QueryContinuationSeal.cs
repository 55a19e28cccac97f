using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Logistics.Storage.Documents;

/// <summary>
/// Wraps an adapter's own paging position into the opaque token clients see, bound to the query that issued it, and
/// unwraps it only for that same query. Every adapter uses it, so a bad token fails the same way on each.
/// </summary>
/// <remarks>
/// <para>
/// A token is <c>base64url(version, position, tag)</c> where the tag is a truncated SHA-256 over the query's canonical
/// form (container, partition key, filters with their values, sort order; not the page size, which may change between
/// pages) and the position. Garbage, truncation, a flipped byte, or a token replayed against another container,
/// partition, filter or order fails the tag check and raises <see cref="InvalidContinuationTokenException"/> before
/// the position reaches SQL or the Cosmos DB SDK.
/// </para>
/// <para>
/// The tag is a checksum, not a signature: it has no secret key. That is a deliberate choice. A token grants nothing:
/// the query it is replayed with still carries the caller's own partition key and filters, so someone who computes a
/// tag by hand can only move to another position inside data they may already read, and each adapter still checks the
/// position's shape. A key would have to be shared by every instance of the app, stored and rotated, for no added
/// protection. Tokens are not meant to outlive a deployment that changes the canonical form below; bump the version then.
/// </para>
/// </remarks>
public static class QueryContinuationSeal
{
    /// <summary>Longest token accepted, in characters; anything longer is refused before it is decoded.</summary>
    public const int MaxTokenLength = 16 * 1024;

    private const byte Version = 1;
    private const int TagLength = 16;
    private static readonly byte[] Domain = "logistics.continuation.v1\0"u8.ToArray();
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The token for <paramref name="position"/> in the results of <paramref name="query"/> on <paramref name="container"/>.</summary>
    public static string Seal(ContainerDefinition container, DocumentQuery query, string position) => Seal(Canonical(container, query), position);

    /// <summary>The position <see cref="Seal(ContainerDefinition, DocumentQuery, string)"/> wrapped, when <paramref name="token"/> was sealed for this very query.</summary>
    /// <exception cref="InvalidContinuationTokenException">The token is malformed, altered, or was issued for another query.</exception>
    public static string Open(ContainerDefinition container, DocumentQuery query, string token) => Open(Canonical(container, query), token);

    /// <summary>
    /// The token for <paramref name="position"/> of a listing that is not a <see cref="DocumentQuery"/> (the orchestration
    /// instance listing), bound to <paramref name="scope"/>: a canonical description of everything that selects and
    /// orders the results, and nothing that may change between pages.
    /// </summary>
    public static string Seal(string scope, string position)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(position);
        var positionBytes = StrictUtf8.GetBytes(position);
        var token = new byte[1 + positionBytes.Length + TagLength];
        token[0] = Version;
        positionBytes.CopyTo(token, 1);
        Tag(scope, positionBytes).CopyTo(token.AsSpan(1 + positionBytes.Length));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The position <see cref="Seal(string, string)"/> wrapped, when <paramref name="token"/> was sealed for <paramref name="scope"/>.</summary>
    /// <exception cref="InvalidContinuationTokenException">The token is malformed, altered, or was issued for another scope.</exception>
    public static string Open(string scope, string token)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length is 0 or > MaxTokenLength)
        {
            throw new InvalidContinuationTokenException();
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException exception)
        {
            throw new InvalidContinuationTokenException(InvalidContinuationTokenException.DefaultMessage, exception);
        }

        if (bytes.Length <= 1 + TagLength || bytes[0] != Version)
        {
            throw new InvalidContinuationTokenException();
        }

        var positionBytes = bytes.AsSpan(1, bytes.Length - 1 - TagLength);
        if (!CryptographicOperations.FixedTimeEquals(Tag(scope, positionBytes), bytes.AsSpan(bytes.Length - TagLength)))
        {
            throw new InvalidContinuationTokenException();
        }

        try
        {
            return StrictUtf8.GetString(positionBytes);
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidContinuationTokenException(InvalidContinuationTokenException.DefaultMessage, exception);
        }
    }

    private static byte[] Tag(string scope, ReadOnlySpan<byte> position)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Domain);
        hash.AppendData(StrictUtf8.GetBytes(scope));
        hash.AppendData([0]);
        hash.AppendData(position);
        return hash.GetHashAndReset()[..TagLength];
    }

    // JSON gives the parts unambiguous boundaries; values are written the way documents are, so 5, 5L and 5.0m or an
    // enum and its name agree with what the adapters compare.
    private static string Canonical(ContainerDefinition container, DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(query);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(container.Name);
            if (query.PartitionKey is null)
                writer.WriteNullValue();
            else
                writer.WriteStringValue(query.PartitionKey);
            writer.WriteStartArray();
            foreach (var filter in query.Filters)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(filter.Path);
                writer.WriteStringValue(filter.Operator.ToString());
                JsonSerializer.Serialize(writer, filter.Value, filter.Value?.GetType() ?? typeof(object), DocumentJson.Options);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteStartArray();
            foreach (var order in query.OrderBy)
            {
                writer.WriteStringValue(order.Path);
                writer.WriteBooleanValue(order.Descending);
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
