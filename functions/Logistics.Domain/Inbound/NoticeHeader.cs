namespace Logistics.Domain.Inbound;

/// <summary>Descriptive fields of a notice that no rule depends on.</summary>
/// <param name="ExpectedDate">The day the goods are expected at the dock.</param>
/// <param name="ShipFrom">Who ships the goods (name or id), if given.</param>
/// <param name="Carrier">Carrier (e.g. SCAC code), if given.</param>
/// <param name="Reference">Owner's further reference (PO, bill of lading), if given.</param>
public sealed record NoticeHeader(DateOnly ExpectedDate, string? ShipFrom = null, string? Carrier = null, string? Reference = null);
