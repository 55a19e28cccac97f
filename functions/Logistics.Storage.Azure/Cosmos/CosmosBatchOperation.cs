using CosmosPatchOperation = Microsoft.Azure.Cosmos.PatchOperation;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Kinds of operation a <see cref="CosmosDocumentBatch"/> holds.</summary>
internal enum CosmosBatchOperationKind
{
    Create,
    Replace,
    Upsert,
    Delete,
    Patch,

    /// <summary>An outbox message: a create of an outbox document that is left out of the results.</summary>
    Send,
}

/// <summary>One queued batch operation, already serialized and validated.</summary>
internal sealed record CosmosBatchOperation(
    CosmosBatchOperationKind Kind,
    string Id,
    byte[]? Json = null,
    string? IfMatch = null,
    IReadOnlyList<CosmosPatchOperation>? Patch = null)
{
    public MemoryStream Stream() => new(Json ?? throw new InvalidOperationException($"{Kind} carries no document."), writable: false);
}
