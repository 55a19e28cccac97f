namespace Logistics.Storage.Blobs;

/// <summary>A blob opened for reading: its content as a stream, with what was stored about it.</summary>
/// <param name="Name">The blob's name.</param>
/// <param name="Content">The bytes, read once from the start; disposed with the download.</param>
/// <param name="Length">The content's length in bytes.</param>
/// <param name="ContentType">The content type it was stored with.</param>
/// <param name="LastModified">When it was last written.</param>
public sealed record BlobDownload(string Name, Stream Content, long Length, string ContentType, DateTimeOffset LastModified) : IAsyncDisposable
{
    /// <inheritdoc />
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
