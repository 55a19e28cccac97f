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
        return Fault(name) is { } fault ? throw new ArgumentException(fault, nameof(name)) : name;
    }

    /// <summary>True when <paramref name="name"/> is a safe relative path (what <see cref="Validate"/> accepts).</summary>
    public static bool IsValid(string? name) => name is not null && Fault(name) is null;

    private static string? Fault(string name)
    {
        if (name.Length is 0 or > MaxLength)
            return $"Blob name must be 1-{MaxLength} characters.";
        if (name[0] == '/' || name.Contains('\\', StringComparison.Ordinal))
            return $"Blob name '{name}' must be a relative path with '/' separators.";
        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..")
                return $"Blob name '{name}' has an empty, '.' or '..' segment.";
        }

        return name.Any(char.IsControl) ? $"Blob name '{name}' contains a control character." : null;
    }
}
