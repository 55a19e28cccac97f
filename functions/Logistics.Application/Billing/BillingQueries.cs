using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Billing;

/// <summary>Reads an owner's billing journal.</summary>
public sealed class BillingQueries(WarehouseStore store)
{
    /// <summary>One page of the owner's journal lines of <paramref name="period"/> (<c>yyyy-MM</c>), oldest first.</summary>
    public async Task<DocumentPage<BillableActivity>> ListAsync(string ownerId, string period, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        return await container.QueryAsync<BillableActivity>(
            new DocumentQuery(ownerId)
            {
                Filters =
                [
                    new QueryFilter("/type", QueryOperator.Equal, BillableActivity.Kind),
                    new QueryFilter("/period", QueryOperator.Equal, period),
                ],
                OrderBy = [new QueryOrder("/occurredAt")],
                PageSize = pageSize,
                ContinuationToken = continuation,
            },
            cancellationToken);
    }
}
