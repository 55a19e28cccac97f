using System.Text.Json.Serialization;

namespace Logistics.Storage.Blobs.Folder;

/// <summary>Source-generated JSON for the sidecar files, so reading them needs no reflection.</summary>
[JsonSerializable(typeof(FolderBlobMetadata))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class FolderBlobJsonContext : JsonSerializerContext;
