using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Outbound;

/// <summary>Loads orders by id, scoped to a publisher when one is given.</summary>
public sealed class OrderRepository(WarehouseStore store)
{
    /// <summary>The order with its ETag.</summary>
    /// <param name="orderId">The order id (its owner is part of it).</param>
    /// <param name="publisherId">The calling publisher, or null for warehouse staff.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ResourceNotFoundException">Absent, malformed, or another publisher's.</exception>
    public async Task<Document<OrderDocument>> GetAsync(string orderId, string? publisherId, CancellationToken cancellationToken) =>
        await FindAsync(orderId, publisherId, cancellationToken) ?? throw new ResourceNotFoundException($"No order '{orderId}'.");

    /// <summary>The order with its ETag, or null when there is none (or it is another publisher's).</summary>
    public async Task<Document<OrderDocument>?> FindAsync(string orderId, string? publisherId, CancellationToken cancellationToken)
    {
        if (!OrderIds.TryParse(orderId, out var owner, out _) || (publisherId is not null && owner!.Value != publisherId))
        {
            return null;
        }

        var container = await store.ContainerAsync(cancellationToken);
        return await container.ReadAsync<OrderDocument>(OrderDocument.IdOf(orderId), owner!.Value, cancellationToken);
    }
}
