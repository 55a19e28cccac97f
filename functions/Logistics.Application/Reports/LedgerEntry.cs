using System.Text.Json.Serialization;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Reports;

/// <summary>
/// The fields of a movement document the stock reports sum. Deserializing only these (and ignoring the rest of the
/// body) keeps a pass over a large ledger cheap.
/// </summary>
[JsonConverter(typeof(LedgerEntryJsonConverter))]
internal sealed record LedgerEntry(string Sku, string? Lot, StockStatus Status, long Delta, MovementType MovementType, string OccurredAt);
