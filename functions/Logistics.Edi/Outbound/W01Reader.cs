using Logistics.Domain.Items;
using Logistics.Edi.Inbound;
using Logistics.Edi.X12;

namespace Logistics.Edi.Outbound;

/// <summary>Reads a 940 W01 (line item detail - warehouse) into a line draft.</summary>
/// <remarks>
/// W0101 quantity ordered (element 330; whole, 1 to <see cref="OrderLimits.MaxLineUnits"/>), W0102 unit (EA, or CA / CS /
/// CT for cases, as in <see cref="X12UnitCodes"/>), then the product id pairs W0104/W0105, W0106/W0107 and W0115/W0116,
/// read by the notices' <see cref="ItemIdReader"/> (same qualifiers, same check digits). W0113, the warehouse lot number
/// (element 451), is the requested lot when the partner puts it there; an N9*LT after the W01 says the same more
/// commonly. W0103, the U.P.C. case code, names the case, not the item, and is not read.
/// </remarks>
internal static class W01Reader
{
    public static LineDraft Read(X12ElementCheck check, int ordinal, X12Segment opening)
    {
        var line = new LineDraft(ordinal, opening) { HasQuantity = true };
        var count = check.Units(1, 330, "Quantity ordered (W0101)", OrderLimits.MaxLineUnits);
        var unit = check.Code(2, 355, "Unit of measure (W0102)", X12UnitCodes.Accepted);
        if (count is { } units && unit is not null)
        {
            line.Quantity = Quantity.Of(units);
            line.Unit = X12UnitCodes.ToUnit(unit);
        }

        line.Sources[OrderFields.Quantity] = check.Location(1, 330);
        line.Sources[OrderFields.Unit] = check.Location(2, 355);
        var ids = new ItemIdReader(check, line);
        foreach (var qualifierAt in (int[])[4, 6, 15])
        {
            if (check.Optional(qualifierAt) is { } qualifier)
            {
                ids.Read(qualifierAt, qualifier);
            }
            else if (check.Optional(qualifierAt + 1) is not null)
            {
                check.Required(qualifierAt, 235, $"Product id qualifier (W01{qualifierAt:00}) of the id in W01{qualifierAt + 1:00}");
            }
        }

        if (check.Optional(13) is { } lot)
        {
            line.Lot = check.Parse(13, 451, "Lot (W0113)", lot, LotNumber.MaxLength, LotNumber.Parse);
            line.Sources[OrderFields.Lot] = check.Location(13, 451);
        }

        ids.Finish(5);
        return line;
    }
}
