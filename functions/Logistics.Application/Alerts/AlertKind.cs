namespace Logistics.Application.Alerts;

/// <summary>What a stock alert watches; each kind has its own subject (see <see cref="StockAlertDocument.IdOf"/>).</summary>
public enum AlertKind
{
    /// <summary>An item's available stock (on hand + pending in − pending out, all lots) is below its threshold. Subject: the SKU.</summary>
    LowStock,

    /// <summary>A lot with stock in the warehouse expires within the owner's window (or has expired). Subject: SKU and lot.</summary>
    ExpiringLot,

    /// <summary>Goods held for the owner's decision are still undecided after their deadline. Subject: the pending key.</summary>
    PendingOverdue,
}
