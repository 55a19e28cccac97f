namespace Logistics.Domain.Inbound;

/// <summary>The format the owner used to send an inbound notice.</summary>
public enum NoticeType
{
    /// <summary>X12 943 Warehouse Stock Transfer Shipment Advice.</summary>
    Edi943,

    /// <summary>X12 856 Ship Notice/Manifest.</summary>
    Edi856,

    /// <summary>The JSON notice schema (see Logistics.Edi NoticeJsonSchema.md).</summary>
    Json,
}
