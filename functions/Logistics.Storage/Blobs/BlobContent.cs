namespace Logistics.Storage.Blobs;

/// <summary>A blob read back whole.</summary>
public sealed record BlobContent(string Name, ReadOnlyMemory<byte> Content, string ContentType, DateTimeOffset LastModified);
