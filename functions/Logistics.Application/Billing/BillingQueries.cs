using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Billing;

/// <summary>Reads an owner's charge lines.</summary>
public sealed class BillingQueries(WarehouseStore store)
{
    /// <summary>One page of the owner's charge lines of <paramref name="period"/> (<c>yyyy-MM</c>), oldest first, of one status or all.</summary>
    public async Task<DocumentPage<ChargeLineDocument>> ListChargesAsync(
        string ownerId, string period, string? status, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var query = new DocumentQuery(ownerId) { PageSize = pageSize, ContinuationToken = continuation }
            .WhereEquals("/type", ChargeLineDocument.Kind)
            .WhereEquals("/period", period);
        if (status is not null)
        {
            query = query.WhereEquals("/status", status);
        }

        return await container.QueryAsync<ChargeLineDocument>(query.OrderByPath("/occurredAt"), cancellationToken);
    }
}
