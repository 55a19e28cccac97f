namespace Logistics.Application.Events;

/// <summary>
/// Every event type the warehouse publishes, with its payload (schema version 1). The subject is the notice or order
/// id; units are base units of the item.
/// </summary>
public static class EventTypes
{
    /// <summary>A new inbound notice: <c>{noticeNumber, lines, units}</c>.</summary>
    public const string InboundNoticeAccepted = nameof(InboundNoticeAccepted);

    /// <summary>The owner replaced a notice before arrival: <c>{noticeNumber, revision, lines, units}</c>.</summary>
    public const string InboundNoticeReplaced = nameof(InboundNoticeReplaced);

    /// <summary>A notice was cancelled: <c>{reason, previous (progress), scans}</c>.</summary>
    public const string InboundNoticeCancelled = nameof(InboundNoticeCancelled);

    /// <summary>The goods of a notice arrived at the dock: <c>{dock, pallets}</c> (<c>pallets</c> only when the dock reported a count).</summary>
    public const string DockArrival = nameof(DockArrival);

    /// <summary>One receiving scan: <c>{scanId, item, lot, quantity, condition}</c>.</summary>
    public const string ReceiptScanRecorded = nameof(ReceiptScanRecorded);

    /// <summary>Receiving ended: <c>{results (per line: expected, received good, damaged, over, short), pending (ids of goods awaiting the owner)}</c>.</summary>
    public const string ReceiptClosed = nameof(ReceiptClosed);

    /// <summary>The owner decided on pending goods: <c>{pendingId, decision, item, lot, units, reason}</c>.</summary>
    public const string OwnerDecisionRecorded = nameof(OwnerDecisionRecorded);

    /// <summary>Putaway tasks were planned: <c>{tasks, units, unplacedUnits}</c>.</summary>
    public const string PutawayPlanned = nameof(PutawayPlanned);

    /// <summary>One putaway task confirmed: <c>{task, sku, lot, to, units}</c>.</summary>
    public const string PutawayConfirmed = nameof(PutawayConfirmed);

    /// <summary>A notice is finished and its 944 is ready: <c>{receiptNumber, good, damaged, over, short, …}</c>.</summary>
    public const string InboundNoticeCompleted = nameof(InboundNoticeCompleted);

    /// <summary>A new outbound order: <c>{orderNumber, lines, units, policy}</c>.</summary>
    public const string OutboundOrderAccepted = nameof(OutboundOrderAccepted);

    /// <summary>An allocation round reserved stock: <c>{round, units, outstanding, stage}</c>.</summary>
    public const string OrderAllocated = nameof(OrderAllocated);

    /// <summary>The owner cancelled an order before picking: <c>{revision, releasedUnits, reason}</c>.</summary>
    public const string OrderCancelled = nameof(OrderCancelled);

    /// <summary>The owner replaced an order before picking: <c>{revision, releasedUnits, reason}</c>.</summary>
    public const string OrderReplaced = nameof(OrderReplaced);

    /// <summary>One pick scan: <c>{task, line, sku, lot, location, units, missing}</c>.</summary>
    public const string Picked = nameof(Picked);

    /// <summary>A pick scan that closed its task short (the rest is missing at the location): as <see cref="Picked"/>.</summary>
    public const string ShortPick = nameof(ShortPick);

    /// <summary>Cartons were packed: <c>{cartons, units, weightKg}</c>.</summary>
    public const string OrderPacked = nameof(OrderPacked);

    /// <summary>A shipment was handed to its carrier: <c>{shipment, carrier, tracking, cartons, units, weightKg}</c>.</summary>
    public const string OrderShipped = nameof(OrderShipped);

    /// <summary>The carrier reports the shipment on its way: <c>{shipment, carrier, tracking, status, detail, units}</c>.</summary>
    public const string ShipmentInTransit = nameof(ShipmentInTransit);

    /// <summary>Proof of delivery: as <see cref="ShipmentInTransit"/>.</summary>
    public const string OrderDelivered = nameof(OrderDelivered);

    /// <summary>The delivery failed (refused, address unknown, damaged): as <see cref="ShipmentInTransit"/>.</summary>
    public const string DeliveryFailed = nameof(DeliveryFailed);

    /// <summary>A new return notice (RMA): <c>{returnNumber, origin, lines, units, pickup}</c>. Subject: the return id.</summary>
    public const string ReturnNoticeAccepted = nameof(ReturnNoticeAccepted);

    /// <summary>The returned goods arrived at the returns area: <c>{location, parcels}</c>.</summary>
    public const string ReturnArrived = nameof(ReturnArrived);

    /// <summary>Returned units were received and inspected: <c>{scanId, line, sku, lot, units, condition}</c>.</summary>
    public const string ReturnUnitsReceived = nameof(ReturnUnitsReceived);

    /// <summary>
    /// The receipt of a return closed: <c>{lines (per line: expected, received, over, short), overReturned}</c>. Billed as
    /// returns processing per unit and per return.
    /// </summary>
    public const string ReturnReceived = nameof(ReturnReceived);

    /// <summary>A return line's goods were disposed of: <c>{line, disposition, sku, lot, units, reason, decidedBy}</c>.</summary>
    public const string ReturnLineDisposed = nameof(ReturnLineDisposed);

    /// <summary>Goods went back to the supplier: <c>{line, carrier, tracking, units, supplier}</c>.</summary>
    public const string ReturnedToSupplier = nameof(ReturnedToSupplier);

    /// <summary>A return is finished and its advice to the owner is ready: <c>{restocked, returnedToSupplier, scrapped, pending, overReturned}</c>.</summary>
    public const string ReturnCompleted = nameof(ReturnCompleted);

    /// <summary>A floor move between locations was confirmed: <c>{task, sku, lot, from, to, status, units}</c>. Subject: the task id.</summary>
    public const string StockMoved = nameof(StockMoved);

    /// <summary>
    /// A count posted a variance: <c>{count, sku, lot, location, expected, counted, variance, reason}</c>. Subject: the
    /// count id. The owner gets a 947 for it.
    /// </summary>
    public const string InventoryAdjusted = nameof(InventoryAdjusted);

    /// <summary>A count finished: <c>{count, scope, tasks, variances}</c>. Subject: the count id.</summary>
    public const string CountCompleted = nameof(CountCompleted);

    /// <summary>Ops changed stock's status in place: <c>{change, sku, lot, location, from, to, units, reason}</c>.</summary>
    public const string StockStatusChanged = nameof(StockStatusChanged);

    /// <summary>A stock alert's condition began: <c>{alert, kind, sku, lot, value, threshold, since}</c>. Subject: the alert id.</summary>
    public const string StockAlertRaised = nameof(StockAlertRaised);

    /// <summary>A stock alert's condition ended: as <see cref="StockAlertRaised"/>.</summary>
    public const string StockAlertCleared = nameof(StockAlertCleared);

    /// <summary>
    /// The owner ordered a value-added job and its inputs were reserved: <c>{job, kind, sku, units, inputs (sku, units)}</c>.
    /// Subject: the job id.
    /// </summary>
    public const string ValueAddedWorkOrdered = nameof(ValueAddedWorkOrdered);

    /// <summary>A value-added job's inputs were taken to the processing area: <c>{job, kind, inputs (sku, lot, units)}</c>.</summary>
    public const string ValueAddedWorkStarted = nameof(ValueAddedWorkStarted);

    /// <summary>A value-added job was cancelled and its inputs restored: <c>{job, kind, restoredUnits, releasedUnits, reason, by, inputs (sku, units)}</c>.</summary>
    public const string ValueAddedWorkCancelled = nameof(ValueAddedWorkCancelled);

    /// <summary>Value-added work (kitting, labelling, …) finished for the owner: <c>{job, kind, units}</c>. Billed per job and unit.</summary>
    public const string ValueAddedWorkCompleted = nameof(ValueAddedWorkCompleted);

    /// <summary>
    /// The stock of one warehouse day, taken when the day has ended (subject: the snapshot id):
    /// <c>{date, units, locations, humidityUnits, magneticUnits}</c>. Billed as storage per unit-day and location-day.
    /// </summary>
    public const string StorageSnapshotTaken = nameof(StorageSnapshotTaken);
}
