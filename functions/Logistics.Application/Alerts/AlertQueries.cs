using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Alerts;

/// <summary>An owner's alerts for the API: the active ones, or every alert ever raised.</summary>
public sealed class AlertQueries(WarehouseStore store)
{
    /// <summary>A page of the owner's alerts by id: active ones only, or (<paramref name="all"/>) every alert raised at least once.</summary>
    public async Task<(IReadOnlyList<StockAlertDocument> Alerts, string? ContinuationToken)> ListAsync(
        string ownerId, bool all, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var query = new DocumentQuery(ownerId) { PageSize = pageSize, ContinuationToken = continuationToken }
            .WhereEquals("/type", StockAlertDocument.Kind);
        query = all ? query.Where("/occurrence", QueryOperator.GreaterThan, 0) : query.WhereEquals("/state", nameof(AlertState.Active));
        var page = await container.QueryAsync<StockAlertDocument>(query, cancellationToken);
        return ([.. page.Items.Select(d => d.Value)], page.ContinuationToken);
    }
}
