using Logistics.Storage.Documents;
using CosmosPatchOperation = Microsoft.Azure.Cosmos.PatchOperation;
using DocumentPatchOperation = Logistics.Storage.Documents.PatchOperation;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Converts the port's patch operations to the SDK's.</summary>
internal static class CosmosPatch
{
    /// <summary>Cosmos DB applies at most 10 operations per patch request.</summary>
    public const int MaxOperations = 10;

    /// <summary>Validates and converts; values become plain CLR values (see <see cref="JsonPlainValue"/>).</summary>
    public static IReadOnlyList<CosmosPatchOperation> Convert(IReadOnlyList<DocumentPatchOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count is 0 or > MaxOperations)
        {
            throw new ArgumentException(
                $"A patch needs 1 to {MaxOperations} operations (the Cosmos DB limit); got {operations.Count}.", nameof(operations));
        }

        return operations.Select(Convert).ToList();
    }

    private static CosmosPatchOperation Convert(DocumentPatchOperation operation)
    {
        if (string.IsNullOrEmpty(operation.Path) || operation.Path[0] != '/' || operation.Path.Length == 1)
            throw new ArgumentException($"Patch path '{operation.Path}' must look like /property or /property/nested.", nameof(operation));
        return operation.Type switch
        {
            PatchOperationType.Set => CosmosPatchOperation.Set(operation.Path, JsonPlainValue.FromNode(operation.Value)),
            PatchOperationType.Remove => CosmosPatchOperation.Remove(operation.Path),
            PatchOperationType.Increment => JsonPlainValue.FromNode(operation.Value) switch
            {
                long whole => CosmosPatchOperation.Increment(operation.Path, whole),
                double fraction => CosmosPatchOperation.Increment(operation.Path, fraction),
                _ => throw new ArgumentException($"Increment of '{operation.Path}' needs a number.", nameof(operation)),
            },
            _ => throw new ArgumentException($"Unknown patch operation {operation.Type}.", nameof(operation)),
        };
    }
}
