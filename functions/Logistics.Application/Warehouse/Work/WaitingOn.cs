using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Outbound;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Returns;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.ValueAdded;
using Logistics.Application.ValueAdded.Workflow;

namespace Logistics.Application.Warehouse.Work;

/// <summary>Who has to act next for a waiting notice, order, return or value-added job, named by the milestone its orchestration waits for.</summary>
public static class WaitingOn
{
    /// <summary>Warehouse staff: receiving, closing, putaway, picking, packing.</summary>
    public const string Floor = "floor";

    /// <summary>The goods owner: a decision on pending goods.</summary>
    public const string Owner = "owner";

    /// <summary>A carrier: inbound goods to reach the dock, an outbound carrier to collect or to report the delivery.</summary>
    public const string Carrier = "carrier";

    /// <summary>Stock: a backorder waits for goods to be put away.</summary>
    public const string Stock = "stock";

    /// <summary>The system itself: an order not allocated yet.</summary>
    public const string System = "system";

    /// <summary>The party a milestone event comes from.</summary>
    public static string Of(string? milestone) => milestone switch
    {
        InboundMilestones.DockArrival or OrderMilestones.HandedOver or OrderMilestones.DeliveryReported or ReturnMilestones.ReturnArrived
            or ReturnMilestones.SupplierHandover => Carrier,
        InboundMilestones.OwnerDecision or ReturnMilestones.OwnerDecision => Owner,
        InboundMilestones.ReceiptClosed or InboundMilestones.PutawayConfirmed or OrderMilestones.PickConfirmed or OrderMilestones.Packed
            or ReturnMilestones.ReceiptClosed or ReturnMilestones.PartDisposed or ValueAddedMilestones.InputPicked or ValueAddedMilestones.WorkCompleted => Floor,
        OrderMilestones.StockArrived => Stock,
        _ => System,
    };

    /// <summary>The milestone a notice at <paramref name="progress"/> waits for (when its orchestration has not said yet).</summary>
    public static string? MilestoneOf(NoticeProgress progress) => progress switch
    {
        NoticeProgress.AwaitingArrival => InboundMilestones.DockArrival,
        NoticeProgress.Receiving => InboundMilestones.ReceiptClosed,
        NoticeProgress.AwaitingDecision => InboundMilestones.OwnerDecision,
        NoticeProgress.Putaway => InboundMilestones.PutawayConfirmed,
        _ => null,
    };

    /// <summary>The milestone a return at <paramref name="progress"/> waits for (when its orchestration has not said yet).</summary>
    public static string? MilestoneOf(ReturnProgress progress) => progress switch
    {
        ReturnProgress.AwaitingArrival => ReturnMilestones.ReturnArrived,
        ReturnProgress.Receiving => ReturnMilestones.ReceiptClosed,
        ReturnProgress.Inspection => ReturnMilestones.PartDisposed,
        ReturnProgress.AwaitingOwner => ReturnMilestones.OwnerDecision,
        ReturnProgress.AwaitingHandover => ReturnMilestones.SupplierHandover,
        _ => null,
    };

    /// <summary>The milestone a value-added job at <paramref name="stage"/> waits for (when its orchestration has not said yet).</summary>
    public static string? MilestoneOf(ValueAddedStage stage) => stage switch
    {
        ValueAddedStage.Picking => ValueAddedMilestones.InputPicked,
        ValueAddedStage.Processing => ValueAddedMilestones.WorkCompleted,
        _ => null,
    };

    /// <summary>The milestone an order at <paramref name="stage"/> waits for (when its orchestration has not said yet).</summary>
    public static string? MilestoneOf(OrderStage stage) => stage switch
    {
        OrderStage.AwaitingStock => OrderMilestones.StockArrived,
        OrderStage.Picking => OrderMilestones.PickConfirmed,
        OrderStage.Packing => OrderMilestones.Packed,
        OrderStage.AwaitingCarrier => OrderMilestones.HandedOver,
        OrderStage.InTransit => OrderMilestones.DeliveryReported,
        _ => null,
    };
}
