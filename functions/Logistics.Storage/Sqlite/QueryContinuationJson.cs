using System.Text.Json.Serialization;

namespace Logistics.Storage.Sqlite;

/// <summary>Source-generated serialization of continuation tokens (no reflection on the query path).</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class QueryContinuationJson : JsonSerializerContext;
