using System.Runtime.InteropServices;

namespace Logistics.Storage.Blobs;

/// <summary>The byte-array forms of <see cref="IBlobStore"/>'s stream operations, for content small enough to hold.</summary>
public static class BlobStoreExtensions
{
    /// <summary>Writes <paramref name="content"/> as the blob (see <see cref="IBlobStore.PutAsync"/>).</summary>
    public static async Task PutAsync(
        this IBlobStore store,
        string name,
        ReadOnlyMemory<byte> content,
        string contentType,
        BlobWriteMode mode = BlobWriteMode.Overwrite,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stream = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        await using (stream.ConfigureAwait(false))
        {
            await store.PutAsync(name, stream, contentType, mode, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a blob whole; <c>null</c> when absent.</summary>
    public static async Task<BlobContent?> GetAsync(this IBlobStore store, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var download = await store.OpenReadAsync(name, cancellationToken).ConfigureAwait(false);
        if (download is null)
            return null;
        await using (download.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream(checked((int)Math.Max(0, download.Length)));
            await download.Content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return new BlobContent(download.Name, buffer.ToArray(), download.ContentType, download.LastModified);
        }
    }
}
