namespace Logistics.Application.Reports.Runs;

/// <summary>The reports the warehouse owes an owner, by the name used in requests, schedules and blob paths.</summary>
public static class ReportKinds
{
    /// <summary>The current-stock list (当前货品存量清单) at an instant.</summary>
    public const string CurrentStock = "current-stock";

    /// <summary>The stock ledger (库存帐清单) of a period of whole business days.</summary>
    public const string StockLedger = "stock-ledger";

    /// <summary>The X12 846 inventory advice: the current-stock list's numbers for owners who take EDI.</summary>
    public const string InventoryAdvice = "inventory-advice";

    /// <summary>Every kind.</summary>
    public static IReadOnlyList<string> All { get; } = [CurrentStock, StockLedger, InventoryAdvice];

    /// <summary>The formats a kind is written in; all of them when a request names none.</summary>
    public static IReadOnlyList<string> FormatsOf(string kind) =>
        kind == InventoryAdvice ? [ReportFormats.X12] : [ReportFormats.Csv, ReportFormats.Json];
}
