namespace Logistics.Edi.Inbound;

/// <summary>Why goods are coming, as far as the inbound formats tell.</summary>
public enum NoticePurpose
{
    /// <summary>The owner moves its own stock into the warehouse (X12 943; JSON "stockTransfer").</summary>
    StockTransfer,

    /// <summary>A supplier ships to the warehouse on the owner's behalf (X12 856; JSON "shipNotice").</summary>
    ShipNotice,
}
