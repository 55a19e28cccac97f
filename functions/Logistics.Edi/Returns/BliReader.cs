using Logistics.Domain.Items;
using Logistics.Edi.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Returns;

/// <summary>Reads a 180 BLI (baseline item data), which opens a line.</summary>
/// <remarks>
/// Product id pairs BLI01/BLI02 (mandatory), BLI08/BLI09, BLI10/BLI11 and BLI12/BLI13 go to the notices'
/// <see cref="ItemIdReader"/> (same qualifiers, same check digits); a pair with qualifier LT gives the lot instead.
/// BLI03 quantity (element 380, whole, 1 to <see cref="NoticeLimits.MaxLineUnits"/>) with BLI04 unit (EA, or CA / CS / CT
/// for cases): BLI03 is optional since 004010, so a line without it takes its quantity from the first QTY of its loop.
/// BLI05-BLI07 (price) are not read.
/// </remarks>
internal static class BliReader
{
    public static ReturnLineDraft Read(X12ElementCheck check, int ordinal, X12Segment opening)
    {
        var line = new LineDraft(ordinal, opening) { HasQuantity = true };
        var draft = new ReturnLineDraft(line);
        if (check.Optional(3) is not null)
        {
            draft.QuantityGiven = true;
            var count = check.Units(3, 380, "Quantity (BLI03)", NoticeLimits.MaxLineUnits);
            var unit = check.Code(4, 355, "Unit of measure (BLI04) of the quantity in BLI03", X12UnitCodes.Accepted);
            if (count is { } units && unit is not null)
            {
                line.Quantity = Quantity.Of(units);
                line.Unit = X12UnitCodes.ToUnit(unit);
            }

            line.Sources[NoticeFields.Quantity] = check.Location(3, 380);
            line.Sources[NoticeFields.Unit] = check.Location(4, 355);
        }

        var ids = new ItemIdReader(check, line);
        foreach (var qualifierAt in (int[])[1, 8, 10, 12])
        {
            if (check.Optional(qualifierAt) is "LT")
            {
                ReadLot(check, line, qualifierAt + 1, 234);
            }
            else if (check.Optional(qualifierAt) is { } qualifier)
            {
                ids.Read(qualifierAt, qualifier);
            }
            else if (qualifierAt == 1 || check.Optional(qualifierAt + 1) is not null)
            {
                check.Required(qualifierAt, 235, $"Product id qualifier (BLI{qualifierAt:00}) of the id in BLI{qualifierAt + 1:00}");
            }
        }

        ids.Finish(2);
        return draft;
    }

    /// <summary>A lot given by N9*LT or a BLI LT pair; a second, different lot for the same line is code 7.</summary>
    public static void ReadLot(X12ElementCheck check, LineDraft line, int position, int reference)
    {
        var name = $"Lot ({check.Segment.Id}{position:00})";
        var lot = check.Parse(position, reference, name, check.Required(position, reference, name), LotNumber.MaxLength, LotNumber.Parse);
        if (lot is null)
        {
            return;
        }

        if (line.Lot is { } earlier && earlier != lot)
        {
            check.Add(position, reference, ElementSyntaxError.InvalidCodeValue, lot.Value,
                $"{name} {lot} contradicts lot {earlier} given earlier for the same line; announce one lot per line.");
            return;
        }

        line.Lot = lot;
        line.Sources.TryAdd(NoticeFields.Lot, check.Location(position, reference));
    }
}
