using Logistics.Domain.Inventory;

namespace Logistics.Application.Reports;

/// <summary>The fields of a movement document the ledger's detail lines need, including the id the keyset paging resumes after.</summary>
internal sealed record LedgerDetailEntry(
    string Id, string Sku, string? Lot, StockStatus Status, long Delta, MovementType MovementType, string OccurredAt, string SourceReference);
