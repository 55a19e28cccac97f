using Logistics.Domain.Items;
using Logistics.Edi.X12;

namespace Logistics.Edi.Inbound;

/// <summary>Reads a 943 W04 (item detail) into a line draft.</summary>
/// <remarks>
/// W0401 quantity (whole, 1 to <see cref="NoticeLimits.MaxLineUnits"/>), W0402 unit, then two product id pairs
/// W0404/W0405 and W0406/W0407 (<see cref="ItemIdReader"/>). W0403, the U.P.C. case code, is not read: it names the
/// case, not the item, and carries no check digit to verify.
/// </remarks>
internal static class W04Reader
{
    public static LineDraft Read(X12ElementCheck check, int ordinal)
    {
        var line = new LineDraft(ordinal, check.Segment) { HasQuantity = true };
        var count = check.Units(1, 382, "Number of units shipped (W0401)", NoticeLimits.MaxLineUnits);
        var unit = check.Code(2, 355, "Unit of measure (W0402)", X12UnitCodes.Accepted);
        if (count is { } units && unit is not null)
        {
            line.Quantity = Quantity.Of(units);
            line.Unit = X12UnitCodes.ToUnit(unit);
        }

        line.Sources[NoticeFields.Quantity] = check.Location(1, 382);
        line.Sources[NoticeFields.Unit] = check.Location(2, 355);
        var ids = new ItemIdReader(check, line);
        foreach (var qualifierAt in (int[])[4, 6])
        {
            if (check.Optional(qualifierAt) is { } qualifier)
            {
                ids.Read(qualifierAt, qualifier);
            }
            else if (check.Optional(qualifierAt + 1) is not null)
            {
                check.Required(qualifierAt, 235, $"Product id qualifier (W04{qualifierAt:00}) of the id in W04{qualifierAt + 1:00}");
            }
        }

        ids.Finish(5);
        return line;
    }
}
