using Logistics.Storage.Blobs;

namespace Logistics.Application.Reports.Runs;

/// <summary>
/// Writes a report to blob storage through a temporary file: the writer streams rows into the file and the file is
/// uploaded as a stream, so memory stays flat however long the report, and the blob appears whole or not at all.
/// </summary>
/// <remarks>
/// A file rather than an in-process pipe: the upload then knows the length (one put for small reports, blocks for large
/// ones), and a writer that fails leaves no half-written blob.
/// </remarks>
public static class ReportUpload
{
    /// <summary>Runs <paramref name="write"/> into a temporary file and stores the file as <paramref name="name"/>.</summary>
    /// <returns>The blob's length in bytes.</returns>
    public static async Task<long> PutAsync(IBlobStore blobs, string name, string contentType, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(write);
        var path = Path.Combine(Path.GetTempPath(), $"logistics-report-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await using (file.ConfigureAwait(false))
        {
            await write(file, cancellationToken).ConfigureAwait(false);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            var length = file.Length;
            file.Position = 0;
            await blobs.PutAsync(name, file, contentType, BlobWriteMode.Overwrite, cancellationToken).ConfigureAwait(false);
            return length;
        }
    }
}
