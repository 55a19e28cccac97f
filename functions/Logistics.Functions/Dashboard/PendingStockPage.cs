using Logistics.Application.Warehouse.Work;

namespace Logistics.Functions.Dashboard;

/// <summary>Pending-area stock awaiting decisions; <paramref name="Truncated"/> when more balances matched than one answer reads.</summary>
public sealed record PendingStockPage(IReadOnlyList<PendingStockView> Stock, bool Truncated);
