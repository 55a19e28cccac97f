using System.Globalization;
using Logistics.Domain.Items;

namespace Logistics.Application.Reports;

/// <summary>The fields of an item document the reports print.</summary>
internal sealed record ItemFacts(string Sku, string Description, string? Specification, UnitOfMeasure PackUnit, int CaseQuantity = 1)
{
    /// <summary>
    /// How the item is packed, as the reports print it: <c>Each</c>, or <c>Case of 12</c>. The quantities beside it are
    /// always eaches (the ledger's base units), so a case item says how many make a case rather than only "Case".
    /// </summary>
    public string PackText => PackUnit == UnitOfMeasure.Case
        ? string.Create(CultureInfo.InvariantCulture, $"{PackUnit} of {CaseQuantity}")
        : PackUnit.ToString();
}
