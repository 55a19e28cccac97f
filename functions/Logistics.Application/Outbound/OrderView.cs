using System.Text.Json;

namespace Logistics.Application.Outbound;

/// <summary>
/// An order in full: its lines' quantities, pick tasks, cartons, shipments and its orchestration's state. It is overdue
/// when its ship-by day ended before the last carton left, or its deliver-by day before delivery.
/// </summary>
public sealed record OrderView(
    string OrderId,
    string OrderNumber,
    string Format,
    int Revision,
    string Stage,
    string Policy,
    string? PurchaseOrder,
    ShipToRecord ShipTo,
    DateOnly? ShipNotBefore,
    DateOnly? ShipBy,
    DateOnly? DeliverBy,
    bool Overdue,
    DateTimeOffset AcceptedAt,
    string InstanceId,
    string? RuntimeStatus,
    JsonElement? CustomStatus,
    IReadOnlyList<OrderLineView> Lines,
    IReadOnlyList<PickTaskRecord> PickTasks,
    IReadOnlyList<CartonRecord> Cartons,
    IReadOnlyList<ShipmentView> Shipments,
    string? CancelReason,
    string? FailReason);
