using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>Per-segment reading of <see cref="Notice856Mapper"/>.</summary>
public static partial class Notice856Mapper
{
    private static readonly string[] LinQualifiers = ["SK", "VN", "UP", "EN", "IB", "LT"];

    private static void Read(X12Segment segment, State856 state)
    {
        var check = new X12ElementCheck(segment);
        switch (segment.Id)
        {
            case "BSN" when state.SeenBsn || state.Level.Length > 0:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, "BSN must come once, before the first HL"));
                return;
            case "BSN":
                state.SeenBsn = true;
                check.Code(1, 353, "Transaction set purpose (BSN01)", Purposes);
                state.Number = check.Parse(2, 396, "Notice number (BSN02)", check.Required(2, 396, "Shipment identification (BSN02)"), NoticeNumber.MaxLength, NoticeNumber.Parse);
                state.ShipDate = check.Date(3, 373, "Shipment date (BSN03)");
                check.Time(4, 337, "Shipment time (BSN04)");
                break;
            case "HL":
                ReadHl(check, state);
                break;
            case "LIN" or "SN1" when state.Level != "I":
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, $"{segment.Id} belongs in an item level HL (HL03 = I)"));
                return;
            case "LIN" when state.ItemHadLin:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, "only one LIN per item level HL"));
                return;
            case "LIN":
                state.ItemHadLin = true;
                ReadLin(check, state.Item!);
                break;
            case "SN1":
                ReadSn1(check, state.Item!);
                break;
            case "TD5":
                state.Carrier ??= check.Optional(3) ?? check.Optional(5);
                break;
            case "REF":
                check.Code(1, 128, "Reference qualifier (REF01)", References);
                state.Reference ??= check.Required(2, 127, "Reference identification (REF02)");
                break;
            case "PRF":
                state.Reference ??= check.Required(1, 324, "Purchase order number (PRF01)");
                break;
            case "N1":
                if (check.Code(1, 98, "Entity identifier (N101)", Parties) is "SF" or "SU")
                {
                    state.ShipFrom ??= check.Optional(2) ?? check.Optional(4);
                }

                break;
            case "DTM":
                ReadDtm(check, state);
                break;
            default:
                if (!Ignored.Contains(segment.Id))
                {
                    state.Errors.Add(SegmentErrors.NotInProfile(segment, "856"));
                }

                return;
        }

        if (Finish(check) is { } error)
        {
            state.Errors.Add(error);
        }
    }

    private static void ReadHl(X12ElementCheck check, State856 state)
    {
        CloseItem(state);
        var id = check.Required(1, 628, "Hierarchical id (HL01)");
        var parent = check.Optional(2);
        if (parent is not null && !state.HierarchyIds.Contains(parent))
        {
            check.Add(2, 734, ElementSyntaxError.InvalidCodeValue, parent, $"Parent id (HL02) '{parent}' does not match an earlier HL01.");
        }

        if (id is not null)
        {
            state.HierarchyIds.Add(id);
        }

        state.Level = check.Code(3, 735, "Hierarchical level (HL03)", Levels) ?? "?";
        if (state.Level == "I")
        {
            state.Item = new LineDraft(state.Lines.Count + 1, check.Segment.Position);
            state.ItemHadLin = false;
            state.Lines.Add(state.Item);
        }
    }

    private static void ReadLin(X12ElementCheck check, LineDraft line)
    {
        if (check.Optional(1) is not null && check.PositiveCount(1, 350, "Assigned identification (LIN01)") is { } number)
        {
            line.LineNumber = number;
        }

        // LIN02/LIN03, LIN04/LIN05, ...: qualifier/id pairs until the elements run out.
        for (var at = 2; at == 2 || check.Segment.Has(at); at += 2)
        {
            var qualifier = check.Code(at, 235, $"Product id qualifier (LIN{at:00})", LinQualifiers);
            var value = check.Required(at + 1, 234, $"Product id (LIN{at + 1:00})");
            switch (qualifier)
            {
                case "SK" or "VN" when line.Sku is null:
                    line.Sku = check.Parse(at + 1, 234, $"SKU (LIN{at + 1:00})", value, Sku.MaxLength, Sku.Parse);
                    break;
                case "LT":
                    line.Lot = check.Parse(at + 1, 234, $"Lot (LIN{at + 1:00})", value, LotNumber.MaxLength, LotNumber.Parse);
                    break;
            }
        }

        if (line.Sku is null && !check.HasErrors)
        {
            check.Add(3, 234, ElementSyntaxError.MandatoryElementMissing, null, "A SKU is required: send a LIN pair with qualifier SK or VN.");
        }
    }

    private static void ReadSn1(X12ElementCheck check, LineDraft line)
    {
        line.HasQuantity = true;
        var count = check.PositiveCount(2, 382, "Number of units shipped (SN102)");
        var unit = check.Code(3, 355, "Unit of measure (SN103)", X12UnitCodes.Accepted);
        if (count is { } units && unit is not null)
        {
            line.Quantity = Quantity.Of(units);
            line.Unit = X12UnitCodes.ToUnit(unit);
        }
    }

    private static void ReadDtm(X12ElementCheck check, State856 state)
    {
        var qualifier = check.Code(1, 374, "Date/time qualifier (DTM01)", state.Level == "I" ? ItemDates : ShipmentDates);
        var date = check.Date(2, 373, "Date (DTM02)");
        if (state.Level == "I" && state.Item is not null)
        {
            state.Item.Expiry = date;
        }
        else if (qualifier == "017")
        {
            state.ExpectedDate = date;
        }
    }
}
