using Logistics.Domain.Inventory;

namespace Logistics.Application.Reports;

/// <summary>Which ledger statuses are warehouse stock: the goods physically here, usable or held.</summary>
internal static class WarehouseStock
{
    /// <summary>
    /// True for on hand, picked, pending decision, on hold, quarantined, pending return to supplier and pending processing; false for
    /// pending in (not here yet), pending out (a reservation of on-hand units, not units) and in transit (gone).
    /// </summary>
    public static bool Includes(StockStatus status) => status is StockStatus.OnHand or StockStatus.Picked or StockStatus.PendingDecision
        or StockStatus.OnHold or StockStatus.PendingReturnToSupplier or StockStatus.PendingProcessing or StockStatus.Quarantined;
}
