using Logistics.Storage.Documents;

namespace Logistics.Storage.Sqlite;

/// <summary>A row as written, kept as text so deserialization happens after the write lock is released.</summary>
internal sealed record StoredDocument(string Id, string PartitionKey, string ETag, long TimestampMs, long Sequence, string Body)
{
    public Document<T> ToDocument<T>() => DocumentCodec.ToDocument<T>(Id, PartitionKey, ETag, TimestampMs, Body);
}
