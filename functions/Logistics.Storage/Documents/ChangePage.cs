using System.Text.Json;

namespace Logistics.Storage.Documents;

/// <summary>A slice of a container's change sequence.</summary>
/// <param name="Changes">Latest versions of changed documents, as raw JSON.</param>
/// <param name="Continuation">Where to resume; never null, pass it back even when <paramref name="Changes"/> is empty.</param>
public sealed record ChangePage(IReadOnlyList<Document<JsonElement>> Changes, string Continuation);
