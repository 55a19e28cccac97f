namespace Logistics.Storage.Blobs.Folder;

/// <summary>Where <see cref="FolderBlobStore"/> keeps its blobs.</summary>
public sealed class FolderBlobStoreOptions
{
    /// <summary>The default root, relative to the working directory.</summary>
    public const string DefaultRootPath = ".data/blobs";

    /// <summary>Root folder of the store; created on first use. Relative paths resolve against the working directory.</summary>
    public string RootPath { get; set; } = DefaultRootPath;
}
