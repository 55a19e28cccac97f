using System.Runtime.CompilerServices;

namespace Logistics.Storage.Blobs.Folder;

/// <summary>Listing by prefix.</summary>
public sealed partial class FolderBlobStore
{
    /// <inheritdoc />
    public async IAsyncEnumerable<BlobItem> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var start = StartFolder(prefix);
        if (start is null || !Directory.Exists(start))
            yield break;

        var matches = new List<(string Name, FileInfo File)>();
        foreach (var file in new DirectoryInfo(start).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = NameOf(file.FullName);
            if (name.StartsWith(prefix, StringComparison.Ordinal))
                matches.Add((name, file));
        }

        matches.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var (name, file) in matches)
        {
            file.Refresh();
            if (!file.Exists)
                continue; // deleted while we were listing
            var contentType = await ReadContentTypeAsync(name, cancellationToken).ConfigureAwait(false);
            yield return new BlobItem(name, file.Length, contentType, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
        }
    }

    /// <summary>
    /// The deepest folder every match lies under: the complete segments of the prefix. Null when those segments
    /// cannot occur in a valid name (then nothing can match, and the prefix must not steer the walk out of the root).
    /// </summary>
    private string? StartFolder(string prefix)
    {
        var lastSlash = prefix.LastIndexOf('/');
        if (lastSlash < 0)
            return _contentRoot;
        try
        {
            return Resolve(_contentRoot, prefix[..lastSlash]);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
