namespace Logistics.Benchmarks.Storage;

/// <summary>A document about the size of an inventory balance (~250 bytes of JSON).</summary>
internal sealed record BenchmarkDocument(string Id, string Pk, string Sku, string Lot, string Location, string Status, long Quantity, DateTimeOffset UpdatedAt);
