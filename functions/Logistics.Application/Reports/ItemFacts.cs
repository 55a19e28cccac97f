using Logistics.Domain.Items;

namespace Logistics.Application.Reports;

/// <summary>The fields of an item document the reports print.</summary>
internal sealed record ItemFacts(string Sku, string Description, string? Specification, UnitOfMeasure PackUnit);
