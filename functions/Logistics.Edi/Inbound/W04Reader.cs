using Logistics.Domain.Items;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>Reads a 943 W04 (item detail) into a line draft.</summary>
internal static class W04Reader
{
    private static readonly string[] Qualifiers = ["SK", "VN", "UP", "EN", "IB"];

    public static LineDraft Read(X12ElementCheck check, int lineNumber)
    {
        var line = new LineDraft(lineNumber, check.Segment.Position);
        var count = check.PositiveCount(1, 382, "Number of units shipped (W0401)");
        var unit = check.Code(2, 355, "Unit of measure (W0402)", X12UnitCodes.Accepted);
        if (count is { } units && unit is not null)
        {
            line.Quantity = Quantity.Of(units);
            line.Unit = X12UnitCodes.ToUnit(unit);
        }

        // Two qualifier/id pairs: W0404/W0405 and W0406/W0407. The SKU may sit in either.
        foreach (var (qualifierAt, idAt) in new[] { (4, 5), (6, 7) })
        {
            var qualifier = check.Code(qualifierAt, 235, $"Product id qualifier (W04{qualifierAt:00})", Qualifiers, required: qualifierAt == 4);
            if (qualifier is null)
            {
                continue;
            }

            var id = check.Required(idAt, 234, $"Product id (W04{idAt:00})");
            if (qualifier is "SK" or "VN" && line.Sku is null)
            {
                line.Sku = check.Parse(idAt, 234, $"SKU (W04{idAt:00})", id, Sku.MaxLength, Sku.Parse);
            }
        }

        if (line.Sku is null && !check.HasErrors)
        {
            check.Add(5, 234, ElementSyntaxError.MandatoryElementMissing, null, "A SKU is required: send it in W0405 or W0407 with qualifier SK or VN.");
        }

        return line;
    }
}
