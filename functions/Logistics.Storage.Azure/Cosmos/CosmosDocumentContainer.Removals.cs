using System.Net;
using System.Text.Json;
using Logistics.Storage.Documents;
using Microsoft.Azure.Cosmos;
using DocumentPatchOperation = Logistics.Storage.Documents.PatchOperation;
using PatchOperationType = Logistics.Storage.Documents.PatchOperationType;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Bridges Cosmos DB's "remove of an absent path is an error" to the port's "remove if present".</summary>
public sealed partial class CosmosDocumentContainer
{
    // Another writer may remove or add a property between our read and our retry; a few rounds settle it.
    private const int MaxRemovalRetries = 3;

    /// <summary>
    /// Called after Cosmos DB rejected a patch holding removals (400). Reads the document, drops removals of paths it
    /// lacks and patches again conditionally on the ETag read (or the caller's). A 400 that absent paths do not explain
    /// is raised as it was.
    /// </summary>
    internal async Task<Document<T>> PatchRetryingAbsentRemovalsAsync<T>(
        string id,
        string partitionKey,
        IReadOnlyList<DocumentPatchOperation> operations,
        string? ifMatch,
        ResponseMessage rejected,
        CancellationToken cancellationToken)
    {
        var target = CosmosFailures.Target(Definition.Name, id, partitionKey);
        for (var attempt = 0; attempt < MaxRemovalRetries; attempt++)
        {
            var current = await ReadAsync<JsonElement>(id, partitionKey, cancellationToken)
                ?? throw new DocumentNotFoundException($"Patch: document {target} does not exist.");
            if (ifMatch is not null && !string.Equals(ifMatch, current.ETag, StringComparison.Ordinal))
                throw new DocumentPreconditionFailedException($"Patch: document {target} changed since the given ETag was read.");

            var applicable = operations
                .Where(operation => operation.Type != PatchOperationType.Remove || PathExists(current.Value, operation.Path))
                .ToList();
            if (applicable.Count == operations.Count)
                throw CosmosFailures.From(rejected, "Patch", target);
            if (applicable.Count == 0)
                return CosmosDocumentReader.ToDocument<T>(current.Value, current.ETag, Definition.PartitionKeyProperty);

            using var response = await PatchCoreAsync(id, partitionKey, CosmosPatch.Convert(applicable), ifMatch ?? current.ETag, cancellationToken);
            // Only our own ETag condition failing means "changed since the read": try again. Anything else is the answer.
            var raced = ifMatch is null && response.StatusCode == HttpStatusCode.PreconditionFailed;
            if (!raced)
                return await ResultAsync<T>(response, "Patch", id, partitionKey, cancellationToken);
        }

        throw new DocumentStoreException($"Patch: document {target} kept changing while absent removals were being skipped.");
    }

    /// <summary>True when <paramref name="path"/> (<c>/a/b</c>, numeric segments index arrays) names a value in <paramref name="document"/>.</summary>
    internal static bool PathExists(JsonElement document, string path)
    {
        var current = document;
        foreach (var segment in path.TrimStart('/').Split('/'))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
                current = child;
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index >= 0 && index < current.GetArrayLength())
                current = current[index];
            else
                return false;
        }

        return true;
    }
}
