using System.Text.RegularExpressions;
using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Domain.Common;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;
using Logistics.Domain.Putaway;
using Logistics.Storage.Documents;

namespace Logistics.Application.StockControl;

/// <summary>
/// What moves, counts and status changes share: client numbers, the stock of one key with its ETag, free stock (on hand −
/// pending out, as allocations see it), and whether a storage location can take more goods.
/// </summary>
public sealed partial class StockControlRules(WarehouseStore store, WarehouseLayout layout, ItemCatalog catalog)
{
    /// <summary>Units one move, count line or status change may carry.</summary>
    public const int MaxUnits = 1_000_000;

    /// <summary>Statuses that take room on a shelf.</summary>
    private static readonly string[] Physical = [nameof(StockStatus.OnHand), nameof(StockStatus.OnHold), nameof(StockStatus.Quarantined)];

    /// <summary>The floor plan.</summary>
    public WarehouseLayout Layout => layout;

    /// <summary>True when <paramref name="number"/> is a client number: 1–30 letters, digits, '.', '_' or '-', starting with a letter or digit.</summary>
    public static bool IsNumber(string? number) => number is not null && NumberPattern().IsMatch(number);

    /// <summary>The owner and number an id <c>{owner}~{number}</c> names, or null.</summary>
    public static (string Owner, string Number)? Split(string? id)
    {
        var at = id?.IndexOf('~', StringComparison.Ordinal) ?? -1;
        return at > 0 && IsOwner(id![..at]) && IsNumber(id[(at + 1)..]) ? (id[..at], id[(at + 1)..]) : null;
    }

    /// <summary>True when <paramref name="ownerId"/> is a well-formed owner id.</summary>
    public static bool IsOwner(string? ownerId)
    {
        try
        {
            OwnerId.Parse(ownerId);
            return true;
        }
        catch (DomainException)
        {
            return false;
        }
    }

    /// <summary>A balance with its ETag, or null when the key never held stock.</summary>
    public static Task<Document<BalanceDocument>?> ReadAsync(IDocumentContainer container, string ownerId, StockKey key, CancellationToken cancellationToken) =>
        container.ReadAsync<BalanceDocument>(BalanceDocument.IdOf(key), ownerId, cancellationToken);

    /// <summary>
    /// On hand and pending out of <paramref name="onHand"/>'s item, lot and location. The pending-out balance comes back with
    /// its ETag: a step that takes free stock rewrites it unchanged in its batch, so an allocation that commits in between
    /// fails one of the two writes and is planned again.
    /// </summary>
    public static async Task<(long OnHand, long Free, Document<BalanceDocument>? PendingOut)> FreeAsync(IDocumentContainer container, string ownerId, StockKey onHand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onHand);
        var held = (await ReadAsync(container, ownerId, onHand, cancellationToken))?.Value.Quantity ?? 0;
        var reserved = await ReadAsync(container, ownerId, onHand with { Status = StockStatus.PendingOut }, cancellationToken);
        return (held, held - (reserved?.Value.Quantity ?? 0), reserved);
    }

    /// <summary>Rewrites a pending-out balance unchanged under its ETag (see <see cref="FreeAsync"/>).</summary>
    public static void Guard(IDocumentBatch batch, Document<BalanceDocument>? pendingOut)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (pendingOut is not null)
        {
            batch.Replace(pendingOut.Value, pendingOut.ETag);
        }
    }

    /// <summary>The layout's location named <paramref name="code"/>, or a fault at <paramref name="pointer"/>.</summary>
    public Location? Find(string? code, string pointer, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        LocationCode parsed;
        try
        {
            parsed = LocationCode.Parse(code);
        }
        catch (DomainException)
        {
            errors.Add(new FieldError(pointer, $"'{pointer.TrimStart('/')}' must be a location label such as A-01-01."));
            return null;
        }

        var location = layout.Find(parsed);
        if (location is null)
        {
            errors.Add(new FieldError(pointer, $"There is no location {parsed.Value} in the warehouse."));
        }

        return location;
    }

    /// <summary>The owner's item, or a fault at <paramref name="pointer"/>.</summary>
    public async Task<ItemDocument?> ItemAsync(string ownerId, string? sku, string pointer, List<FieldError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(sku) || !Sku.TryParse(sku, out var parsed, out _))
        {
            errors.Add(new FieldError(pointer, $"'{pointer.TrimStart('/')}' must be one of the owner's SKUs."));
            return null;
        }

        var item = await catalog.FindAsync(ownerId, parsed!.Value, cancellationToken);
        if (item is null)
        {
            errors.Add(new FieldError(pointer, $"{parsed.Value} is not an item of {ownerId}."));
        }

        return item;
    }

    /// <summary>
    /// Why <paramref name="target"/> cannot take <paramref name="units"/> of the owner's item (putaway's rules: storage only, the
    /// item's handling, no mixing of owners, capacity counting every owner's physical stock there), or null when it can.
    /// </summary>
    public async Task<string?> RefusalAsync(Location target, string ownerId, ItemDocument item, long units, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(item);
        if (target.Zone != Zone.Storage)
        {
            return $"{target.Code} is a {target.Zone} location; moves take on-hand stock to storage locations.";
        }

        if (!target.Accepts(item.Handling))
        {
            return $"{target.Code} cannot hold {item.Sku}: it needs {item.Handling} handling.";
        }

        var container = await store.ContainerAsync(cancellationToken);
        // Cross-partition on purpose, as putaway plans: a shelf's room is shared by every owner.
        var there = await container.QueryAllAsync<BalanceDocument>(new DocumentQuery(null) { PageSize = 1000 }
            .WhereEquals("/type", BalanceDocument.Kind).WhereEquals("/location", target.Code.Value)
            .Where("/status", QueryOperator.In, Physical).Where("/quantity", QueryOperator.GreaterThan, 0), cancellationToken);
        if (there.FirstOrDefault(b => b.OwnerId != ownerId) is { } other)
        {
            return $"{target.Code} holds another owner's goods; owners are never mixed in one location.";
        }

        var state = new LocationState(target, [.. there.Select(b => new LocationContent(OwnerId.Parse(b.OwnerId), Sku.Parse(b.Sku), b.Lot is null ? null : LotNumber.Parse(b.Lot), b.Quantity))]);
        return state.FreeUnits < units ? $"{target.Code} has room for {state.FreeUnits} more units, not {units}." : null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$")]
    private static partial Regex NumberPattern();
}
