namespace Logistics.Storage.Blobs.Folder;

/// <summary>What the sidecar file of a blob holds: the properties a plain file cannot carry.</summary>
internal sealed record FolderBlobMetadata(string ContentType);
