namespace Logistics.Application.Warehouse.Work;

/// <summary>Unfinished notices and orders, overdue first, then by deadline.</summary>
/// <param name="Items">The work, in that order.</param>
/// <param name="Truncated">True when more documents matched than one answer carries (<see cref="WarehouseWorkQueries.MaxDocuments"/> of each kind).</param>
/// <param name="Now">The clock the overdue flags were computed with.</param>
public sealed record WorkList(IReadOnlyList<WorkItemView> Items, bool Truncated, DateTimeOffset Now);
