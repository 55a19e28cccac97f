using System.Globalization;

namespace Logistics.Application.Outbound;

/// <summary>
/// The names of an order's stock-moving steps (see <see cref="Inventory.StockPosting.Step"/>), in one place: a step
/// frozen by a crash is found again by its name.
/// </summary>
public static class OrderSteps
{
    /// <summary>Allocation pass <paramref name="round"/>.</summary>
    public static string Allocate(OrderDocument order, int round) => Name(order, "allocate-" + Number(round));

    /// <summary>Booking one pick scan.</summary>
    public static string Pick(OrderDocument order, string scanId) => Name(order, "pick-" + Uri.EscapeDataString(scanId));

    /// <summary>Handing shipment <paramref name="shipmentId"/> to the carrier.</summary>
    public static string Handover(OrderDocument order, string shipmentId) => Name(order, "handover-" + shipmentId);

    /// <summary>Settling a shipment (delivered, or returned).</summary>
    public static string Settle(OrderDocument order, string shipmentId) => Name(order, "settle-" + shipmentId);

    /// <summary>Releasing the reservations of replacement <paramref name="revision"/>.</summary>
    public static string Replace(OrderDocument order, int revision) => Name(order, "replace-" + Number(revision));

    /// <summary>Releasing the reservations of the order's cancellation.</summary>
    public static string Cancel(OrderDocument order) => Name(order, "cancel");

    /// <summary>The steps whose movements can be too many for one batch, and so may be left frozen by a crash.</summary>
    public static IReadOnlyList<string> Large(OrderDocument order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return
        [
            Allocate(order, order.AllocationRounds),
            Replace(order, order.Revision),
            Cancel(order),
            .. order.Shipments.Select(s => Handover(order, s.ShipmentId)),
            .. order.Shipments.Where(s => s.State != ShipmentRecord.InTransit).Select(s => Settle(order, s.ShipmentId)),
        ];
    }

    /// <summary>The last part of a step's name (after the order's source reference): it names the step's movements.</summary>
    public static string LeafOf(string step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step[(step.LastIndexOf('/') + 1)..];
    }

    private static string Name(OrderDocument order, string step)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.SourceReference + "/" + step;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
