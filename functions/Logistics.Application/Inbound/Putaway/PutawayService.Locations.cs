using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;
using Logistics.Domain.Putaway;
using Logistics.Storage.Documents;

namespace Logistics.Application.Inbound.Putaway;

/// <summary>Reading what the storage locations hold, for capacity-aware planning.</summary>
public sealed partial class PutawayService
{
    /// <summary>Every storage location with what it holds: balances of every owner plus open tasks (reserved space). Returns restock with it too.</summary>
    internal async Task<Dictionary<LocationCode, LocationState>> LocationStatesAsync(CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var storage = layout.Storage.ToDictionary(l => l.Code);
        var codes = storage.Keys.Select(c => c.Value).ToList();

        // Cross-partition on purpose: capacity is shared by all owners. Planning is rare (once per notice), not a hot path.
        var balances = await container.QueryAllAsync<BalanceDocument>(new DocumentQuery(null) { PageSize = 1000 }
            .WhereEquals("/type", BalanceDocument.Kind).Where("/location", QueryOperator.In, codes).Where("/quantity", QueryOperator.GreaterThan, 0), cancellationToken);
        var open = await container.QueryAllAsync<PutawayTaskDocument>(new DocumentQuery(null) { PageSize = 1000 }
            .WhereEquals("/type", PutawayTaskDocument.Kind).WhereEquals("/status", PutawayTaskDocument.Open), cancellationToken);
        var contents = balances.Select(b => (b.Location, Content: new LocationContent(OwnerId.Parse(b.OwnerId), Sku.Parse(b.Sku), b.Lot is null ? null : LotNumber.Parse(b.Lot), b.Quantity)))
            .Concat(open.Select(t => (Location: t.ToLocation, Content: new LocationContent(OwnerId.Parse(t.OwnerId), Sku.Parse(t.Sku), t.Lot is null ? null : LotNumber.Parse(t.Lot), t.Quantity))))
            .ToLookup(c => c.Location, c => c.Content);
        return storage.ToDictionary(s => s.Key, s => new LocationState(s.Value, [.. contents[s.Key.Value]]));
    }
}
