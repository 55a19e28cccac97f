using System.Globalization;
using System.Text.Json;
using Logistics.Application.Events;
using Logistics.Application.Items;
using Logistics.Domain.Items;
using Logistics.Storage.Documents;

namespace Logistics.Application.Billing;

/// <summary>
/// What each event type offers billing. Events that are milestones rather than work (a notice accepted, an allocation,
/// a shipment in transit or delivered, cancellations) offer nothing.
/// </summary>
public static class ChargeActivities
{
    /// <summary>The activity of <paramref name="warehouseEvent"/>; item documents are read for case quantities and handling flags.</summary>
    public static async Task<IReadOnlyList<ChargeActivity>> OfAsync(WarehouseEvent warehouseEvent, IDocumentContainer warehouse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouseEvent);
        // A parsed event carries its payload as JSON; one built in process (a trigger's caller, a test) as an object.
        var payload = warehouseEvent.Payload switch
        {
            JsonElement element => element,
            null => default,
            var value => JsonSerializer.SerializeToElement(value, DocumentJson.Options),
        };
        var items = new ItemReader(warehouse, warehouseEvent.Owner);
        switch (warehouseEvent.Type)
        {
            case EventTypes.ReceiptClosed:
                return await ReceiptAsync(payload, items, cancellationToken);
            case EventTypes.DockArrival:
                return [Number(payload, "pallets") is { } pallets
                    ? new ChargeActivity(BillingCatalog.Receiving, "pallet", pallets)
                    : new ChargeActivity(BillingCatalog.Receiving, "pallet", null, "pallet count not reported", OnlyIfPriced: true)];
            case EventTypes.PutawayConfirmed:
                return Positive([new ChargeActivity(BillingCatalog.Putaway, "unit", Number(payload, "units"))]);
            case EventTypes.Picked or EventTypes.ShortPick:
                return await PickAsync(warehouseEvent, payload, items, cancellationToken);
            case EventTypes.OrderPacked:
                return Positive(
                [
                    new ChargeActivity(BillingCatalog.Packing, "carton", Number(payload, "cartons")),
                    new ChargeActivity(BillingCatalog.Packing, "order", 1, Once: HandledEvent.KeyOf(warehouseEvent.Subject)),
                ]);
            case EventTypes.OrderShipped:
                return Positive(
                [
                    new ChargeActivity(BillingCatalog.ShippingHandling, "shipment", 1),
                    new ChargeActivity(BillingCatalog.ShippingHandling, "carton", Number(payload, "cartons")),
                    new ChargeActivity(BillingCatalog.ShippingHandling, "kg", Number(payload, "weightKg")),
                ]);
            case EventTypes.ReturnReceived:
                // Billed once per return when its receipt closes, a failed delivery's too (its DeliveryFailed is a milestone).
                return Positive(
                [
                    new ChargeActivity(BillingCatalog.ReturnsProcessing, "return", 1),
                    new ChargeActivity(BillingCatalog.ReturnsProcessing, "unit", Number(payload, "units")),
                ]);
            case EventTypes.ValueAddedWorkCompleted:
                return Positive(
                [
                    new ChargeActivity(BillingCatalog.ValueAddedWork, "job", 1),
                    new ChargeActivity(BillingCatalog.ValueAddedWork, "unit", Number(payload, "units")),
                ]);
            case EventTypes.StorageSnapshotTaken:
                return Positive(
                [
                    new ChargeActivity(BillingCatalog.Storage, "unitDay", Number(payload, "units")),
                    new ChargeActivity(BillingCatalog.Storage, "locationDay", Number(payload, "locations")),
                    new ChargeActivity(BillingCatalog.HumidityControlled, "unitDay", Number(payload, "humidityUnits")),
                    new ChargeActivity(BillingCatalog.MagneticMedia, "unitDay", Number(payload, "magneticUnits")),
                ]);
            default:
                return [];
        }
    }

    private static async Task<IReadOnlyList<ChargeActivity>> ReceiptAsync(JsonElement payload, ItemReader items, CancellationToken cancellationToken)
    {
        if (payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
        {
            return [new ChargeActivity(BillingCatalog.Receiving, "unit", null, "the receipt reports no results")];
        }

        decimal units = 0, lines = 0, cartons = 0, humidity = 0, magnetic = 0;
        var unknownCases = new List<string>();
        foreach (var result in results.EnumerateArray())
        {
            var received = (Number(result, "good") ?? 0) + (Number(result, "damaged") ?? 0);
            if (received <= 0)
            {
                continue;
            }

            units += received;
            lines++;
            var sku = result.TryGetProperty("item", out var item) && item.ValueKind == JsonValueKind.String ? item.GetString()! : string.Empty;
            if (await items.FindAsync(sku, cancellationToken) is { } document)
            {
                cartons += Math.Ceiling(received / Math.Max(1, document.CaseQuantity));
                humidity += document.Handling.HasFlag(HandlingFlags.HumidityControlled) ? received : 0;
                magnetic += document.Handling.HasFlag(HandlingFlags.MagneticMedia) ? received : 0;
            }
            else
            {
                unknownCases.Add(sku);
            }
        }

        return Positive(
        [
            new ChargeActivity(BillingCatalog.Receiving, "unit", units),
            new ChargeActivity(BillingCatalog.Receiving, "line", lines),
            unknownCases.Count == 0 || lines == 0
                ? new ChargeActivity(BillingCatalog.Receiving, "carton", cartons)
                : new ChargeActivity(BillingCatalog.Receiving, "carton", null, $"carton count unknown: no case quantity for {string.Join(", ", unknownCases)} (not in the item master)"),
            new ChargeActivity(BillingCatalog.HumidityControlled, "unitReceived", humidity),
            new ChargeActivity(BillingCatalog.MagneticMedia, "unitReceived", magnetic),
        ]);
    }

    private static async Task<IReadOnlyList<ChargeActivity>> PickAsync(WarehouseEvent warehouseEvent, JsonElement payload, ItemReader items, CancellationToken cancellationToken)
    {
        var units = Number(payload, "units");
        if (units is not > 0)
        {
            // A short pick that found nothing picked nothing: no pick to charge.
            return [];
        }

        var order = HandledEvent.KeyOf(warehouseEvent.Subject);
        var line = Number(payload, "line");
        var sku = payload.TryGetProperty("sku", out var skuElement) && skuElement.ValueKind == JsonValueKind.String ? skuElement.GetString()! : string.Empty;
        var item = await items.FindAsync(sku, cancellationToken);
        return Positive(
        [
            new ChargeActivity(BillingCatalog.Picking, "unit", units),
            line is { } number
                ? new ChargeActivity(BillingCatalog.Picking, "line", 1, Once: order + "~" + number.ToString(CultureInfo.InvariantCulture))
                : new ChargeActivity(BillingCatalog.Picking, "line", null, "the pick names no order line"),
            new ChargeActivity(BillingCatalog.Picking, "order", 1, Once: order),
            new ChargeActivity(BillingCatalog.HumidityControlled, "unitPicked", item?.Handling.HasFlag(HandlingFlags.HumidityControlled) == true ? units : 0),
            new ChargeActivity(BillingCatalog.MagneticMedia, "unitPicked", item?.Handling.HasFlag(HandlingFlags.MagneticMedia) == true ? units : 0),
        ]);
    }

    // Drops zero quantities (nothing to bill) but keeps unknown ones, to be flagged.
    private static List<ChargeActivity> Positive(List<ChargeActivity> activities) =>
        [.. activities.Where(a => a.Quantity is null or > 0)];

    private static decimal? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : null;

    // Item documents for one event, each read once.
    private sealed class ItemReader(IDocumentContainer warehouse, string ownerId)
    {
        private readonly Dictionary<string, ItemDocument?> _read = new(StringComparer.Ordinal);

        public async Task<ItemDocument?> FindAsync(string sku, CancellationToken cancellationToken)
        {
            if (sku.Length == 0)
            {
                return null;
            }

            if (!_read.TryGetValue(sku, out var item))
            {
                item = (await warehouse.ReadAsync<ItemDocument>(ItemDocument.IdOf(sku), ownerId, cancellationToken))?.Value;
                _read[sku] = item;
            }

            return item;
        }
    }
}
