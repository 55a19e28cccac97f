namespace Logistics.Storage.Blobs;

/// <summary>A listed blob.</summary>
public sealed record BlobItem(string Name, long Length, string ContentType, DateTimeOffset LastModified);
