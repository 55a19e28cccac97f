namespace Logistics.Storage.Blobs;

/// <summary>
/// Named binary objects in one container: the report drop. A local folder is the embedded default; Azure Blob
/// storage is the Azure adapter (Logistics.Storage.Azure, through the Blob SDK).
/// </summary>
/// <remarks>
/// <para>
/// Names are relative paths with <c>/</c> separators (<c>reports/demo-publisher/2026-11-21/stock.csv</c>); names with
/// <c>..</c> segments, a leading slash, backslashes or control characters are rejected by <see cref="BlobName.Validate"/>.
/// </para>
/// <para>
/// Content goes in and out as streams, so a report of any size passes through in buffers rather than whole in memory;
/// <see cref="BlobStoreExtensions"/> adds the byte-array forms for small content.
/// </para>
/// </remarks>
public interface IBlobStore
{
    /// <summary>
    /// Writes a blob atomically from <paramref name="content"/> (read to its end, not disposed): readers see the old
    /// content or the new, never a part. With <see cref="BlobWriteMode.CreateOnly"/> an existing blob raises
    /// <see cref="BlobAlreadyExistsException"/>.
    /// </summary>
    Task PutAsync(
        string name,
        Stream content,
        string contentType,
        BlobWriteMode mode = BlobWriteMode.Overwrite,
        CancellationToken cancellationToken = default);

    /// <summary>Opens a blob for reading; <c>null</c> when absent. The caller disposes the download.</summary>
    Task<BlobDownload?> OpenReadAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Lists blobs whose names start with <paramref name="prefix"/>, in ordinal name order.</summary>
    IAsyncEnumerable<BlobItem> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Deletes a blob; returns false when it did not exist.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default);
}
