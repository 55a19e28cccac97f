using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Returns;

/// <summary>Loads returns by id, scoped to a publisher when one is given.</summary>
public sealed class ReturnRepository(WarehouseStore store)
{
    /// <summary>The return with its ETag.</summary>
    /// <param name="returnId">The return id (its owner is part of it).</param>
    /// <param name="publisherId">The calling publisher, or null for warehouse staff.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ResourceNotFoundException">Absent, malformed, or another publisher's.</exception>
    public async Task<Document<ReturnDocument>> GetAsync(string returnId, string? publisherId, CancellationToken cancellationToken)
    {
        if (!ReturnIds.TryParse(returnId, out var owner, out _) || (publisherId is not null && owner!.Value != publisherId))
        {
            throw new ResourceNotFoundException($"No return '{returnId}'.");
        }

        var container = await store.ContainerAsync(cancellationToken);
        return await container.ReadAsync<ReturnDocument>(ReturnDocument.IdOf(returnId), owner!.Value, cancellationToken)
            ?? throw new ResourceNotFoundException($"No return '{returnId}'.");
    }
}
