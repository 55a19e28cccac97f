namespace Logistics.Storage.Sqlite;

/// <summary>A document serialized and validated, waiting for its system properties at write time.</summary>
/// <param name="Id">The document id.</param>
/// <param name="PartitionKey">The partition key value.</param>
/// <param name="Json">The body as a JSON object without <c>_etag</c> and <c>_ts</c>.</param>
/// <param name="TimeToLiveSeconds">The document's own <c>ttl</c> (-1 = never), or null to use the container's default.</param>
internal sealed record PreparedDocument(string Id, string PartitionKey, string Json, long? TimeToLiveSeconds);
