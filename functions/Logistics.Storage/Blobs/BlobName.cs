namespace Logistics.Storage.Blobs;

/// <summary>The one check of blob names that every adapter applies, so a name cannot escape the store's root.</summary>
public static class BlobName
{
    /// <summary>Max length Azure allows for a blob name.</summary>
    public const int MaxLength = 1024;

    /// <summary>Throws <see cref="ArgumentException"/> naming the fault when <paramref name="name"/> is not a safe relative path.</summary>
    public static string Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > MaxLength)
            throw new ArgumentException($"Blob name must be 1-{MaxLength} characters.", nameof(name));
        if (name[0] == '/' || name.Contains('\\', StringComparison.Ordinal))
            throw new ArgumentException($"Blob name '{name}' must be a relative path with '/' separators.", nameof(name));
        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..")
                throw new ArgumentException($"Blob name '{name}' has an empty, '.' or '..' segment.", nameof(name));
        }

        if (name.Any(char.IsControl))
            throw new ArgumentException($"Blob name '{name}' contains a control character.", nameof(name));
        return name;
    }
}
