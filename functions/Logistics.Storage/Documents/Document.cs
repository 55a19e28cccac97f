namespace Logistics.Storage.Documents;

/// <summary>A stored document with its system properties.</summary>
/// <param name="Id">The document id.</param>
/// <param name="PartitionKey">The partition key value.</param>
/// <param name="ETag">Opaque version; pass it back as <c>ifMatch</c> for optimistic concurrency.</param>
/// <param name="Timestamp">Time of the last write, as the store recorded it.</param>
/// <param name="Value">The deserialized document.</param>
public sealed record Document<T>(string Id, string PartitionKey, string ETag, DateTimeOffset Timestamp, T Value);
