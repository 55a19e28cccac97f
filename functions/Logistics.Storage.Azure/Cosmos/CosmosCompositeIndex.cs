using System.Collections.ObjectModel;
using Microsoft.Azure.Cosmos;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Parses <see cref="CosmosStoreOptions.CompositeIndexes"/> entries into the SDK's composite paths.</summary>
internal static class CosmosCompositeIndex
{
    /// <summary>
    /// Reads <c>/a, /b desc</c> and appends <c>/id</c> ascending (the store's final sort key) unless the entry ends in
    /// <c>/id</c>; false when a part is not a path optionally followed by asc, ascending, desc or descending.
    /// </summary>
    public static bool TryParse(string? entry, out Collection<CompositePath> paths)
    {
        paths = [];
        if (string.IsNullOrWhiteSpace(entry))
            return false;
        foreach (var part in entry.Split(',', StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 2 || words[0].Length < 2 || words[0][0] != '/')
                return false;
            CompositePathSortOrder order;
            if (words.Length == 1 || words[1].Equals("asc", StringComparison.OrdinalIgnoreCase) || words[1].Equals("ascending", StringComparison.OrdinalIgnoreCase))
                order = CompositePathSortOrder.Ascending;
            else if (words[1].Equals("desc", StringComparison.OrdinalIgnoreCase) || words[1].Equals("descending", StringComparison.OrdinalIgnoreCase))
                order = CompositePathSortOrder.Descending;
            else
                return false;
            paths.Add(new CompositePath { Path = words[0], Order = order });
        }

        if (paths[^1].Path != "/id")
            paths.Add(new CompositePath { Path = "/id", Order = CompositePathSortOrder.Ascending });
        return true;
    }
}
