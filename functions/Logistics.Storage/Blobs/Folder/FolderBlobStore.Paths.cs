namespace Logistics.Storage.Blobs.Folder;

/// <summary>Mapping blob names to paths, with the escape check.</summary>
public sealed partial class FolderBlobStore
{
    /// <summary>
    /// Maps a blob name to its file under <paramref name="root"/>. <see cref="BlobName.Validate"/> already rejects every
    /// name that could leave the root; the full-path check is defence in depth against platform path quirks
    /// (drive letters, device names) that a name check written for '/' paths may miss.
    /// </summary>
    internal static string Resolve(string root, string name)
    {
        BlobName.Validate(name);
        var fullPath = Path.GetFullPath(Path.Combine(root, name.Replace('/', Path.DirectorySeparatorChar)));
        if (!IsUnder(root, fullPath))
            throw new ArgumentException($"Blob name '{name}' resolves outside the store's root.", nameof(name));
        return fullPath;
    }

    /// <summary>
    /// Whether <paramref name="fullPath"/> lies strictly inside <paramref name="root"/>; the separator matters, or
    /// <c>/data/content-old/x</c> would count as inside <c>/data/content</c>.
    /// </summary>
    internal static bool IsUnder(string root, string fullPath) =>
        fullPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The blob name of a file under <c>content/</c>.</summary>
    private string NameOf(string fullPath) =>
        Path.GetRelativePath(_contentRoot, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
