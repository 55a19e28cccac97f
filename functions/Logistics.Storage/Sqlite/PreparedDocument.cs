using System.Text.Json.Nodes;

namespace Logistics.Storage.Sqlite;

/// <summary>A document serialized and validated, waiting for its system properties at write time.</summary>
internal sealed record PreparedDocument(string Id, string PartitionKey, JsonObject Body);
