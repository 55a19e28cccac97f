using System.Net;
using Logistics.Storage.Documents;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using DocumentPatchOperation = Logistics.Storage.Documents.PatchOperation;
using PatchOperationType = Logistics.Storage.Documents.PatchOperationType;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>
/// One Cosmos DB container behind <see cref="IDocumentContainer"/>. Every call uses the SDK's stream APIs: documents are
/// serialized once with <see cref="DocumentJson.Options"/>, and failures come back as status codes that map to the
/// port's typed exceptions (409 conflict, 412 precondition failed, 404 not found, anything else
/// <see cref="DocumentStoreException"/> with the status and activity id).
/// </summary>
public sealed partial class CosmosDocumentContainer : IDocumentContainer
{
    internal CosmosDocumentContainer(Container container, ContainerDefinition definition, ILogger logger)
    {
        CosmosContainer = container;
        Definition = definition;
        Logger = logger;
    }

    /// <inheritdoc />
    public ContainerDefinition Definition { get; }

    /// <summary>The SDK container, for what the port does not cover.</summary>
    public Container CosmosContainer { get; }

    internal ILogger Logger { get; }

    /// <inheritdoc />
    public async Task<Document<T>> CreateAsync<T>(T document, CancellationToken cancellationToken = default)
    {
        var payload = CosmosDocumentPayload.Prepare(document, Definition);
        using var response = await CosmosFailures.GuardAsync(
            () => CosmosContainer.CreateItemStreamAsync(payload.ToStream(), new PartitionKey(payload.PartitionKey), WriteOptions(null), cancellationToken),
            "Create",
            Target(payload));
        return await ResultAsync<T>(response, "Create", payload.Id, payload.PartitionKey, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Document<T>?> ReadAsync<T>(string id, string partitionKey, CancellationToken cancellationToken = default)
    {
        CosmosDocumentPayload.ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(partitionKey);
        using var response = await CosmosFailures.GuardAsync(
            () => CosmosContainer.ReadItemStreamAsync(id, new PartitionKey(partitionKey), cancellationToken: cancellationToken),
            "Read",
            CosmosFailures.Target(Definition.Name, id, partitionKey));
        if (response.StatusCode == HttpStatusCode.NotFound)
            return null;
        return await ResultAsync<T>(response, "Read", id, partitionKey, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Document<T>> ReplaceAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        var payload = CosmosDocumentPayload.Prepare(document, Definition);
        using var response = await CosmosFailures.GuardAsync(
            () => CosmosContainer.ReplaceItemStreamAsync(payload.ToStream(), payload.Id, new PartitionKey(payload.PartitionKey), WriteOptions(ifMatch), cancellationToken),
            "Replace",
            Target(payload));
        return await ResultAsync<T>(response, "Replace", payload.Id, payload.PartitionKey, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// With <paramref name="ifMatch"/> this is a conditional replace (Cosmos DB's own upsert would create an absent
    /// document despite the ETag), so it fails with <see cref="DocumentNotFoundException"/> when the document is gone.
    /// </remarks>
    public async Task<Document<T>> UpsertAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        var payload = CosmosDocumentPayload.Prepare(document, Definition);
        var partitionKey = new PartitionKey(payload.PartitionKey);
        using var response = await CosmosFailures.GuardAsync(
            () => ifMatch is null
                ? CosmosContainer.UpsertItemStreamAsync(payload.ToStream(), partitionKey, WriteOptions(null), cancellationToken)
                : CosmosContainer.ReplaceItemStreamAsync(payload.ToStream(), payload.Id, partitionKey, WriteOptions(ifMatch), cancellationToken),
            "Upsert",
            Target(payload));
        return await ResultAsync<T>(response, "Upsert", payload.Id, payload.PartitionKey, cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string id, string partitionKey, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        CosmosDocumentPayload.ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(partitionKey);
        var target = CosmosFailures.Target(Definition.Name, id, partitionKey);
        using var response = await CosmosFailures.GuardAsync(
            () => CosmosContainer.DeleteItemStreamAsync(id, new PartitionKey(partitionKey), new ItemRequestOptions { IfMatchEtag = ifMatch }, cancellationToken),
            "Delete",
            target);
        if (!response.IsSuccessStatusCode)
            throw CosmosFailures.From(response, "Delete", target);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Cosmos DB takes at most 10 operations per patch; more raise <see cref="ArgumentException"/>. Cosmos DB rejects
    /// the removal of an absent property, the port does not: on such a rejection the patch is retried without the
    /// removals of paths the current document lacks.
    /// </remarks>
    public async Task<Document<T>> PatchAsync<T>(
        string id,
        string partitionKey,
        IReadOnlyList<DocumentPatchOperation> operations,
        string? ifMatch = null,
        CancellationToken cancellationToken = default)
    {
        CosmosDocumentPayload.ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(partitionKey);
        using var response = await PatchCoreAsync(id, partitionKey, CosmosPatch.Convert(operations), ifMatch, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest && operations.Any(operation => operation.Type == PatchOperationType.Remove))
            return await PatchRetryingAbsentRemovalsAsync<T>(id, partitionKey, operations, ifMatch, response, cancellationToken);
        return await ResultAsync<T>(response, "Patch", id, partitionKey, cancellationToken);
    }

    /// <inheritdoc />
    public IDocumentBatch CreateBatch(string partitionKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        return new CosmosDocumentBatch(this, partitionKey);
    }

    internal Task<ResponseMessage> PatchCoreAsync(
        string id, string partitionKey, IReadOnlyList<Microsoft.Azure.Cosmos.PatchOperation> patch, string? ifMatch, CancellationToken cancellationToken) =>
        CosmosFailures.GuardAsync(
            () => CosmosContainer.PatchItemStreamAsync(
                id, new PartitionKey(partitionKey), patch, new PatchItemRequestOptions { IfMatchEtag = ifMatch, EnableContentResponseOnWrite = true }, cancellationToken),
            "Patch",
            CosmosFailures.Target(Definition.Name, id, partitionKey));

    /// <summary>Request options for a write; the body is always asked for, since the port returns the stored document.</summary>
    internal static ItemRequestOptions WriteOptions(string? ifMatch) => new() { IfMatchEtag = ifMatch, EnableContentResponseOnWrite = true };

    private string Target(CosmosDocumentPayload payload) => CosmosFailures.Target(Definition.Name, payload.Id, payload.PartitionKey);

    internal async Task<Document<T>> ResultAsync<T>(ResponseMessage response, string operation, string id, string partitionKey, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
            throw CosmosFailures.From(response, operation, CosmosFailures.Target(Definition.Name, id, partitionKey));
        return await CosmosDocumentReader.ReadAsync<T>(response, Definition, cancellationToken);
    }
}
