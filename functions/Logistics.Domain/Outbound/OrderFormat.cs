namespace Logistics.Domain.Outbound;

/// <summary>The format the owner used to send an outbound order, kept with the order as <c>NoticeType</c> is with a notice.</summary>
public enum OrderFormat
{
    /// <summary>X12 940 Warehouse Shipping Order.</summary>
    Edi940,

    /// <summary>The JSON order schema (see Logistics.Edi <c>OrderJsonValidator</c>).</summary>
    Json,
}
