namespace Logistics.Application.Inbound;

/// <summary>An accepted notice line: quantity in units (cases converted) plus what was announced.</summary>
public sealed record NoticeLineRecord(int LineNumber, string Sku, int Units, string? Lot, DateOnly? Expiry, int AnnouncedQuantity, string AnnouncedUnit);
