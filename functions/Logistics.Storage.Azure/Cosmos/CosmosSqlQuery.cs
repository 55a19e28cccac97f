namespace Logistics.Storage.Azure.Cosmos;

/// <summary>A parameterized Cosmos DB SQL query; parameter values are plain CLR values (see <see cref="JsonPlainValue"/>).</summary>
public sealed record CosmosSqlQuery(string Text, IReadOnlyList<KeyValuePair<string, object?>> Parameters);
