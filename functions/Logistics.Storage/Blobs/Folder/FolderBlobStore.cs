using System.Text.Json;

namespace Logistics.Storage.Blobs.Folder;

/// <summary>
/// The embedded <see cref="IBlobStore"/>: one file per blob under a root folder, so reports can be opened straight
/// from disk (<c>{root}/content/reports/demo-publisher/2026-11-21/stock.csv</c>).
/// </summary>
/// <remarks>
/// <para>
/// Layout: <c>content/</c> holds the blob bytes under the blob's own path, <c>meta/</c> a JSON sidecar per blob
/// (content type) at the same relative path, <c>tmp/</c> files being written. Keeping the three apart means no blob
/// name can collide with a sidecar or a temp file, and listing walks <c>content/</c> only.
/// </para>
/// <para>
/// A write goes to a temp file on the same file system, is flushed to disk and then renamed over the target, so readers
/// see the old bytes or the new. The rename of the content file is the commit point: for
/// <see cref="BlobWriteMode.CreateOnly"/> it is a no-overwrite move (link-then-unlink on Unix), so of two racing
/// creators exactly one wins (<see cref="NoReplaceMove"/>). The sidecar is renamed into place right after; until then a reader of a new blob
/// sees <c>application/octet-stream</c>, and of an overwritten one the previous content type.
/// </para>
/// <para>
/// A file system cannot hold both a blob <c>a</c> and a blob <c>a/b</c>; the second put fails with an
/// <see cref="IOException"/> naming the conflict. Azure has no such limit.
/// </para>
/// </remarks>
public sealed partial class FolderBlobStore : IBlobStore
{
    internal const string DefaultContentType = "application/octet-stream";

    private readonly string _contentRoot;
    private readonly string _metaRoot;
    private readonly string _tempRoot;

    /// <summary>Creates a store rooted at <see cref="FolderBlobStoreOptions.RootPath"/>; the folders are created on first use.</summary>
    public FolderBlobStore(FolderBlobStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.RootPath))
            throw new ArgumentException("FolderBlobStore: RootPath must name a folder.", nameof(options));
        RootPath = Path.GetFullPath(options.RootPath);
        _contentRoot = Path.Combine(RootPath, "content");
        _metaRoot = Path.Combine(RootPath, "meta");
        _tempRoot = Path.Combine(RootPath, "tmp");
    }

    /// <summary>The absolute root folder.</summary>
    public string RootPath { get; }

    /// <summary>The folder holding files being written; anything left there is debris of an interrupted write.</summary>
    internal string TempPath => _tempRoot;

    /// <inheritdoc />
    public async Task PutAsync(
        string name,
        Stream content,
        string contentType,
        BlobWriteMode mode = BlobWriteMode.Overwrite,
        CancellationToken cancellationToken = default)
    {
        var contentPath = Resolve(_contentRoot, name);
        var metaPath = Resolve(_metaRoot, name);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);

        var metaBytes = JsonSerializer.SerializeToUtf8Bytes(new FolderBlobMetadata(contentType), FolderBlobJsonContext.Default.FolderBlobMetadata);
        var contentTemp = await WriteTempFileAsync(content, cancellationToken).ConfigureAwait(false);
        string? metaTemp = null;
        try
        {
            using (var meta = new MemoryStream(metaBytes, writable: false))
                metaTemp = await WriteTempFileAsync(meta, cancellationToken).ConfigureAwait(false);
            CreateParentFolder(contentPath, name);
            CreateParentFolder(metaPath, name);
            CommitContent(contentTemp, contentPath, name, mode);
            File.Move(metaTemp, metaPath, overwrite: true);
        }
        finally
        {
            DeleteQuietly(contentTemp);
            if (metaTemp is not null)
                DeleteQuietly(metaTemp);
        }
    }

    /// <inheritdoc />
    public async Task<BlobDownload?> OpenReadAsync(string name, CancellationToken cancellationToken = default)
    {
        var contentPath = Resolve(_contentRoot, name);
        if (Directory.Exists(contentPath))
            return null; // only a folder of other blobs
        FileStream stream;
        try
        {
            // FileShare.Delete: an overwrite renames a new file over the name while this one is read; the reader keeps
            // the old file's bytes, as a reader of Azure keeps the version it started on.
            stream = new FileStream(contentPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            // Asking the open handle means length and time describe the file being read, even if a rename lands meanwhile.
            var lastWrite = File.GetLastWriteTimeUtc(stream.SafeFileHandle);
            var contentType = await ReadContentTypeAsync(name, cancellationToken).ConfigureAwait(false);
            return new BlobDownload(name, stream, stream.Length, contentType, new DateTimeOffset(lastWrite, TimeSpan.Zero));
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var contentPath = Resolve(_contentRoot, name);
        var metaPath = Resolve(_metaRoot, name);
        cancellationToken.ThrowIfCancellationRequested();
        if (Directory.Exists(contentPath))
            return Task.FromResult(false); // only a folder of other blobs, as in Azure where "a" is absent beside "a/b"

        // Moving the file out is the commit point and the existence check in one step: of two racing deletes exactly
        // one moves it and answers true. An orphaned sidecar is harmless and overwritten by the next put.
        Directory.CreateDirectory(_tempRoot);
        var grave = Path.Combine(_tempRoot, Guid.NewGuid().ToString("N") + ".deleted");
        try
        {
            File.Move(contentPath, grave, overwrite: false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult(false);
        }

        File.Delete(metaPath);
        DeleteQuietly(grave);
        return Task.FromResult(true);
    }

    private static void CommitContent(string tempPath, string contentPath, string name, BlobWriteMode mode)
    {
        if (Directory.Exists(contentPath))
            throw new IOException($"Blob '{name}' cannot be stored: the folder store already holds blobs under '{name}/'.");
        if (mode == BlobWriteMode.Overwrite)
        {
            File.Move(tempPath, contentPath, overwrite: true);
            return;
        }

        if (!NoReplaceMove.TryMove(tempPath, contentPath))
            throw new BlobAlreadyExistsException($"Blob '{name}' already exists.");
    }

    private async Task<string> ReadContentTypeAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var stream = new FileStream(Resolve(_metaRoot, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                var meta = await JsonSerializer.DeserializeAsync(stream, FolderBlobJsonContext.Default.FolderBlobMetadata, cancellationToken).ConfigureAwait(false);
                return string.IsNullOrEmpty(meta?.ContentType) ? DefaultContentType : meta.ContentType;
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            // A sidecar not yet renamed into place (or damaged) must not hide the blob itself.
            return DefaultContentType;
        }
    }

    private async Task<string> WriteTempFileAsync(Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_tempRoot);
        var path = Path.Combine(_tempRoot, Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await content.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);

                // Flush to the device before the rename publishes the file: after a power cut the name must not
                // point at a file whose blocks never reached the disk.
                stream.Flush(flushToDisk: true);
            }

            return path;
        }
        catch
        {
            DeleteQuietly(path);
            throw;
        }
    }

    private static void CreateParentFolder(string path, string name)
    {
        var parent = Path.GetDirectoryName(path)!;
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (IOException ex)
        {
            throw new IOException($"Blob '{name}' cannot be stored: a blob named like one of its folders exists.", ex);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Debris in tmp/ is never listed; losing the clean-up is better than hiding the original error.
        }
        catch (UnauthorizedAccessException)
        {
            // Same reasoning as above.
        }
    }
}
