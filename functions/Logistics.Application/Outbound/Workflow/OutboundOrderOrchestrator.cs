using Logistics.Application.Workflow;
using Microsoft.DurableTask;

namespace Logistics.Application.Outbound.Workflow;

/// <summary>
/// One per outbound order: allocate → (await stock) → picking → packing → carrier handover → in transit → delivered, or
/// returned after a failed delivery; or cancelled, or failed (ship complete without stock).
/// </summary>
/// <remarks>
/// <para>
/// Like the inbound flow, it is driven by the order, not by its history: the floor, carrier and owner endpoints commit
/// each change and raise a milestone event; every wait also wakes every <see cref="RecheckInterval"/> to read the order
/// again, so a lost event delays the flow but never strands it, and an instance restarted for an order that moved on
/// joins at the order's stage. After <see cref="WakeupsPerGeneration"/> wake-ups it continues as new.
/// </para>
/// <para>
/// A backorder waits in <see cref="OrderStage.AwaitingStock"/>: each wake-up (a putaway of the item, or the
/// <see cref="StockRecheckInterval"/>) runs another allocation pass. Deadlines only flag the order as overdue: the
/// ship-by date until the last carton leaves, then the deliver-by date.
/// </para>
/// </remarks>
public sealed class OutboundOrderOrchestrator : TaskOrchestrator<OutboundOrderInput, string>
{
    /// <summary>How often a wait re-reads the order in case a milestone event was lost.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromHours(4);

    /// <summary>How often a backorder tries allocation again when no putaway wakes it.</summary>
    public static readonly TimeSpan StockRecheckInterval = TimeSpan.FromHours(1);

    /// <summary>Wake-ups of one execution before it continues as new (bounds the history of long waits).</summary>
    public const int WakeupsPerGeneration = 24;

    /// <inheritdoc/>
    public override async Task<string> RunAsync(TaskOrchestrationContext context, OutboundOrderInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var wait = new MilestoneWait<OrderSnapshot>(
            context,
            () => context.CallActivityAsync<OrderSnapshot>(nameof(ReadOrderActivity), input.OrderId, Durable.Retry),
            OrderMilestones.OrderChanged,
            WakeupsPerGeneration,
            RecheckInterval,
            (state, s) => new OutboundStatus(state.Stage, state.WaitingFor, state.Until, state.Overdue, state.Message,
                s.OpenPickTasks > 0 ? s.OpenPickTasks : null, s.Outstanding > 0 ? s.Outstanding : null, state.NextCheck));
        OrderSnapshot? snapshot = await wait.ReadAsync();
        while (snapshot is not null)
        {
            switch (snapshot.Stage)
            {
                case OrderStage.Received when snapshot.ReleaseAt is { } release && Durable.Now(context) < release:
                    // Not before the owner's ship-not-before day: no stock is reserved for it until then.
                    snapshot = await wait.NextAsync("AwaitingReleaseDate", OrderMilestones.ReleaseDate, release, snapshot);
                    break;
                case OrderStage.Received:
                    snapshot = await AllocateAsync(context, input);
                    break;
                case OrderStage.AwaitingStock:
                    snapshot = await wait.NextAsync("AwaitingStock", OrderMilestones.StockArrived, snapshot.ShipDeadline, snapshot,
                        note: $"{snapshot.Outstanding} units are not in stock; each putaway of the item, and every hour, tries again", recheck: StockRecheckInterval);
                    if (snapshot is { Stage: OrderStage.AwaitingStock })
                    {
                        snapshot = await AllocateAsync(context, input);
                    }

                    break;
                case OrderStage.Picking:
                    snapshot = await wait.UntilAsync("Picking", OrderMilestones.PickConfirmed, s => s.ShipDeadline, snapshot,
                        s => s.Stage != OrderStage.Picking, note: $"{snapshot.OpenPickTasks} pick tasks open, each confirmed by scan");
                    break;
                case OrderStage.Packing:
                    snapshot = await wait.UntilAsync("Packing", OrderMilestones.Packed, s => s.ShipDeadline, snapshot,
                        s => s.Stage != OrderStage.Packing, note: "the floor packs the picked goods into cartons");
                    break;
                case OrderStage.AwaitingCarrier:
                    snapshot = await wait.UntilAsync("AwaitingCarrier", OrderMilestones.HandedOver, s => s.ShipDeadline, snapshot,
                        s => s.Stage != OrderStage.AwaitingCarrier, note: "the carrier collects the packed cartons");
                    break;
                case OrderStage.InTransit:
                    snapshot = await wait.UntilAsync("InTransit", OrderMilestones.DeliveryReported, s => s.DeliveryDeadline, snapshot,
                        s => s.Stage != OrderStage.InTransit, note: "the carrier reports delivery");
                    break;
                default:
                    context.SetCustomStatus(new OutboundStatus(snapshot.Stage.ToString(), null, null, false, Finished(snapshot.Stage)));
                    return snapshot.Stage.ToString();
            }
        }

        // The wake-up budget of this execution is spent: start afresh from the order, keeping events not yet consumed.
        context.ContinueAsNew(input, preserveUnprocessedEvents: true);
        return string.Empty;
    }

    private static Task<OrderSnapshot> AllocateAsync(TaskOrchestrationContext context, OutboundOrderInput input) =>
        context.CallActivityAsync<OrderSnapshot>(nameof(AllocateOrderActivity), input.OrderId, Durable.Retry);

    private static string Finished(OrderStage stage) => stage switch
    {
        OrderStage.Delivered => "Delivered; every shipment has proof of delivery.",
        OrderStage.Returned => "A delivery failed; its goods come back as a return, received, inspected and disposed of by the return's own orchestration.",
        OrderStage.Cancelled => "The order was cancelled; it holds no stock.",
        OrderStage.Failed => "The order could not be filled complete and asked to fail; it holds no stock.",
        _ => $"Finished as {stage}.",
    };
}
