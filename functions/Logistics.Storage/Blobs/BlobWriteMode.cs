namespace Logistics.Storage.Blobs;

/// <summary>What a put does when the blob exists.</summary>
public enum BlobWriteMode
{
    /// <summary>Replace it.</summary>
    Overwrite,

    /// <summary>Fail with <see cref="BlobAlreadyExistsException"/> (If-None-Match: * on Azure).</summary>
    CreateOnly,
}
