using Logistics.Application.Common;
using Logistics.Domain.Outbound;

namespace Logistics.Application.Outbound;

/// <summary>An outbound order: what the owner asked for, and how far each unit got (allocated, picked, packed, shipped).</summary>
/// <remarks>
/// The stage is derived from the quantities (<see cref="StageNow"/>) and stored with every write as <see cref="Stage"/>
/// so that lists can filter by it. All changes go through the order's services, which commit the document with its
/// ledger movements in one batch under the document's ETag.
/// </remarks>
public sealed record OrderDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "order";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string OrderId { get; init; }

    public required string OrderNumber { get; init; }

    /// <summary>"940" or "json".</summary>
    public required string SourceFormat { get; init; }

    /// <summary>Replacements accepted so far (0 for the original).</summary>
    public int Revision { get; init; }

    /// <summary>A hash of the order's content: a repost with the same content is the same order.</summary>
    public required string Fingerprint { get; init; }

    public required ShippingPolicy Policy { get; init; }

    public string? PurchaseOrder { get; init; }

    public required ShipToRecord ShipTo { get; init; }

    public ShipToRecord? ShipFrom { get; init; }

    /// <summary>The first day the order may leave the warehouse, if given: it is not allocated or picked before.</summary>
    public DateOnly? ShipNotBefore { get; init; }

    /// <summary>The day the order must leave the warehouse, if given.</summary>
    public DateOnly? ShipBy { get; init; }

    /// <summary>The day the consignee expects it, if given.</summary>
    public DateOnly? DeliverBy { get; init; }

    /// <summary>The carrier the owner asked for (SCAC), if any.</summary>
    public string? Carrier { get; init; }

    /// <summary>The carrier service level the owner asked for, if any.</summary>
    public string? Service { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public required IReadOnlyList<OrderLineRecord> Lines { get; init; }

    public required DateTimeOffset AcceptedAt { get; init; }

    /// <summary>The sender's ISA qualifier and id, version and usage indicator, to address the 945 (X12 orders only).</summary>
    public string? X12Qualifier { get; init; }

    public string? X12SenderId { get; init; }

    public string? X12Version { get; init; }

    public string? X12UsageIndicator { get; init; }

    /// <summary>True from acceptance or replacement until the next allocation pass.</summary>
    public bool NeedsAllocation { get; init; } = true;

    /// <summary>Allocation passes run so far; each names its movements.</summary>
    public int AllocationRounds { get; init; }

    /// <summary>When allocation last ran.</summary>
    public DateTimeOffset? AllocatedAt { get; init; }

    public IReadOnlyList<PickTaskRecord> PickTasks { get; init; } = [];

    public IReadOnlyList<CartonRecord> Cartons { get; init; } = [];

    public IReadOnlyList<ShipmentRecord> Shipments { get; init; } = [];

    public DateTimeOffset? CancelledAt { get; init; }

    public string? CancelReason { get; init; }

    public DateTimeOffset? FailedAt { get; init; }

    public string? FailReason { get; init; }

    /// <summary>The stage as of the last write (see <see cref="StageNow"/>).</summary>
    public OrderStage Stage { get; init; }

    /// <summary>The source reference of the order's movements, e.g. <c>outbound/acme/SO-1</c>.</summary>
    public string SourceReference => $"outbound/{OwnerId}/{OrderNumber}";

    /// <summary>True once the order needs nothing more from anyone.</summary>
    public bool IsFinished => Stage is OrderStage.Delivered or OrderStage.Returned or OrderStage.Cancelled or OrderStage.Failed;

    /// <summary>True once a unit was picked: from then on the owner can no longer cancel or replace the order.</summary>
    public bool PickingStarted => Lines.Any(l => l.Picked > 0);

    /// <summary>The document id of an order.</summary>
    public static string IdOf(string orderId) => DocumentIds.Of(Kind, orderId);

    /// <summary>Picked units not yet in a carton, by line and lot.</summary>
    public IReadOnlyList<CartonContent> Unpacked()
    {
        var packed = Cartons.SelectMany(c => c.Contents).ToLookup(c => (c.LineNumber, c.Lot), c => c.Units);
        return [.. PickTasks.Where(t => t.Picked > 0)
            .GroupBy(t => (t.LineNumber, t.Sku, t.Lot))
            .Select(g => new CartonContent(g.Key.LineNumber, g.Key.Sku, g.Key.Lot, g.Sum(t => t.Picked) - packed[(g.Key.LineNumber, g.Key.Lot)].Sum()))
            .Where(c => c.Units > 0)];
    }

    /// <summary>Where the order stands, from its quantities.</summary>
    public OrderStage StageNow()
    {
        if (CancelledAt is not null)
        {
            return OrderStage.Cancelled;
        }

        if (FailedAt is not null)
        {
            return OrderStage.Failed;
        }

        if (NeedsAllocation)
        {
            return OrderStage.Received;
        }

        var outstanding = Lines.Sum(l => l.Outstanding);
        var shipComplete = Policy is ShippingPolicy.ShipCompleteWait or ShippingPolicy.ShipCompleteFail;
        if (PickTasks.Any(t => t.IsOpen))
        {
            return OrderStage.Picking;
        }

        // A ship-complete order holds what it picked until the rest is here too.
        if (shipComplete && outstanding > 0)
        {
            return OrderStage.AwaitingStock;
        }

        if (Unpacked().Count > 0)
        {
            return OrderStage.Packing;
        }

        if (Cartons.Any(c => c.ShipmentId is null))
        {
            return OrderStage.AwaitingCarrier;
        }

        if (outstanding > 0)
        {
            return OrderStage.AwaitingStock;
        }

        if (Shipments.Count == 0)
        {
            return OrderStage.Cancelled;
        }

        return Shipments.Any(s => s.State == ShipmentRecord.InTransit) ? OrderStage.InTransit
            : Shipments.Any(s => s.State == ShipmentRecord.Returned) ? OrderStage.Returned
            : OrderStage.Delivered;
    }

    /// <summary>This order with <see cref="Stage"/> brought up to date.</summary>
    public OrderDocument Staged() => this with { Stage = StageNow() };
}
