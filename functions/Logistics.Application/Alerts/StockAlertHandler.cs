using System.Text.Json;
using Logistics.Application.Events;
using Logistics.Application.Inbound;
using Logistics.Application.Outbound;
using Logistics.Domain.Items;
using Logistics.Storage.Documents;

namespace Logistics.Application.Alerts;

/// <summary>
/// The <c>alerts</c> subscription's handler: after each event, settles the low-stock and expiring-lot alerts of the
/// items the event touched, and the pending-overdue alerts of its owner when the event may have decided pending goods.
/// </summary>
/// <remarks>
/// <para>
/// The items an event touched: every <c>sku</c> (and every <c>item</c> that is a valid SKU) anywhere in its payload; when
/// the payload names none (an order allocated or shipped, a notice accepted or closed), the lines and received items of
/// the notice or order that is its subject. Events that move no stock here (the alerts' own, arrivals, carrier tracking,
/// storage snapshots) are passed over.
/// </para>
/// <para>
/// Unlike the other handlers it writes nothing into the consumer's batch: each alert commits on its own with its event
/// (<see cref="StockAlerts"/>), because an evaluation settles alerts on the stock as it is now, not on the event, and is
/// idempotent by itself: a redelivered event finds every alert settled and sends nothing. So one event touching many items
/// never outgrows a batch, and the timer's pass (<see cref="StockAlertEvaluator.EvaluateOwnerAsync"/>) writes the same way.
/// </para>
/// </remarks>
public sealed class StockAlertHandler(StockAlertEvaluator evaluator) : IEventHandler
{
    /// <summary>The subscription name.</summary>
    public const string SubscriptionName = "alerts";

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        EventTypes.StockAlertRaised,
        EventTypes.StockAlertCleared,
        EventTypes.DockArrival,
        EventTypes.ShipmentInTransit,
        EventTypes.OrderDelivered,
        EventTypes.StorageSnapshotTaken,
    };

    /// <inheritdoc />
    public string Subscription => SubscriptionName;

    /// <inheritdoc />
    public async Task ApplyAsync(WarehouseEvent warehouseEvent, IDocumentContainer warehouse, IDocumentBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouseEvent);
        ArgumentNullException.ThrowIfNull(warehouse);
        if (Ignored.Contains(warehouseEvent.Type))
        {
            return;
        }

        var skus = new SortedSet<string>(StringComparer.Ordinal);
        if (warehouseEvent.Payload is JsonElement payload)
        {
            Collect(payload, skus);
        }

        if (skus.Count == 0)
        {
            await SubjectSkusAsync(warehouse, warehouseEvent, skus, cancellationToken);
        }

        await evaluator.EvaluateSkusAsync(warehouseEvent.Owner, skus, cancellationToken);
        if (PendingDeadlines.MayChange(warehouseEvent.Type))
        {
            await evaluator.EvaluatePendingAsync(warehouseEvent.Owner, cancellationToken);
        }
    }

    /// <summary>Every SKU named in <paramref name="element"/>: the string values of <c>sku</c> and <c>item</c> members at any depth.</summary>
    public static void Collect(JsonElement element, ISet<string> skus)
    {
        ArgumentNullException.ThrowIfNull(skus);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (member.Name is "sku" or "item" && member.Value.ValueKind == JsonValueKind.String
                        && Sku.TryParse(member.Value.GetString(), out var sku, out _))
                    {
                        skus.Add(sku!.Value);
                    }
                    else
                    {
                        Collect(member.Value, skus);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, skus);
                }

                break;
        }
    }

    private static async Task SubjectSkusAsync(IDocumentContainer warehouse, WarehouseEvent warehouseEvent, ISet<string> skus, CancellationToken cancellationToken)
    {
        if (await warehouse.ReadAsync<NoticeDocument>(NoticeDocument.IdOf(warehouseEvent.Subject), warehouseEvent.Owner, cancellationToken) is { } notice)
        {
            skus.UnionWith(notice.Value.Lines.Select(l => l.Sku));
            skus.UnionWith(notice.Value.Received.Where(r => r.Sku is not null).Select(r => r.Sku!));
            return;
        }

        if (await warehouse.ReadAsync<OrderDocument>(OrderDocument.IdOf(warehouseEvent.Subject), warehouseEvent.Owner, cancellationToken) is { } order)
        {
            skus.UnionWith(order.Value.Lines.Select(l => l.Sku));
        }
    }
}
