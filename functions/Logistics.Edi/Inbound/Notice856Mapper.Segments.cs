using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>Per-segment reading of <see cref="Notice856Mapper"/>.</summary>
public static partial class Notice856Mapper
{
    private static void Read(X12Segment segment, State856 state)
    {
        var check = new X12ElementCheck(segment);
        switch (segment.Id)
        {
            case "BSN" when state.SeenBsn || state.Level.Length > 0:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, "BSN must come once, before the first HL"));
                return;
            case "BSN":
                ReadBsn(check, state);
                break;
            case "HL":
                ReadHl(check, state);
                break;
            case "LIN" or "SN1" when state.Level != "I" || state.Item is null:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, $"{segment.Id} belongs in an item level HL (HL03 = I)"));
                return;
            case "LIN" when state.Item!.ItemSegment is not null:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, "only one LIN per item level HL"));
                return;
            case "LIN":
                ReadLin(check, state.Item!);
                break;
            case "SN1":
                ReadSn1(check, state.Item!);
                break;
            case "TD5":
                state.Carrier ??= check.Optional(3) ?? check.Optional(5);
                break;
            case "REF":
                ReadRef(check, state);
                break;
            case "PRF":
                state.Reference ??= check.Required(1, 324, "Purchase order number (PRF01)");
                break;
            case "N1":
                if (check.Identifier(1, 98, "Entity identifier (N101)", 2, 3) is "SF" or "SU")
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

        if (check.ToError() is { } error)
        {
            state.Errors.Add(error);
        }
    }

    private static void ReadBsn(X12ElementCheck check, State856 state)
    {
        state.SeenBsn = true;
        state.Action = check.Code(1, 353, "Transaction set purpose (BSN01: 00 original, 05 replace, 01 cancellation)", Purposes) switch
        {
            "05" => NoticeAction.Replace,
            "01" => NoticeAction.Cancel,
            _ => NoticeAction.Original,
        };
        state.PurposeAt = check.Location(1, 353);
        state.Number = check.Parse(2, 396, "Notice number (BSN02)", check.Required(2, 396, "Shipment identification (BSN02)"), NoticeNumber.MaxLength, NoticeNumber.Parse);
        state.NumberAt = check.Location(2, 396);
        state.Dates.Offer("BSN03", check.Date(3, 373, "Date (BSN03)"), check.Location(3, 373));
        check.Time(4, 337, "Time (BSN04)");
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
        if (state.Level != "I")
        {
            return;
        }

        state.Item = new LineDraft(state.Lines.Count + 1, check.Segment);
        if (state.Lines.Count < NoticeLimits.MaxLines)
        {
            state.Lines.Add(state.Item);
        }
        else if (!state.TooManyLines)
        {
            // Read on (its segments are still checked), but the notice is refused once, at the first line too many.
            state.Errors.Add(SegmentErrors.TooManyLines(check.Segment));
            state.TooManyLines = true;
        }
    }

    private static void ReadLin(X12ElementCheck check, LineDraft line)
    {
        // LIN01 is an assigned id of up to 20 characters; one that is a whole number numbers the line, any other is
        // the partner's own key and the line keeps its place in the set.
        if (check.Optional(1) is { } assigned && assigned.Length <= 9 && !assigned.AsSpan().ContainsAnyExceptInRange('0', '9') && int.Parse(assigned, System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            line.ExplicitNumber = int.Parse(assigned, System.Globalization.CultureInfo.InvariantCulture);
            line.NumberAt = check.Location(1, 350);
        }

        // LIN02/LIN03, LIN04/LIN05, …: qualifier/id pairs until the elements run out.
        var ids = new ItemIdReader(check, line);
        for (var at = 2; at <= check.Segment.Elements.Count; at += 2)
        {
            var qualifier = check.Optional(at);
            if (qualifier is null)
            {
                if (check.Optional(at + 1) is not null)
                {
                    check.Required(at, 235, $"Product id qualifier (LIN{at:00}) of the id in LIN{at + 1:00}");
                }
            }
            else if (qualifier == "LT")
            {
                line.Lot = check.Parse(at + 1, 234, $"Lot (LIN{at + 1:00})", check.Required(at + 1, 234, $"Lot (LIN{at + 1:00})"), LotNumber.MaxLength, LotNumber.Parse);
                line.Sources[NoticeFields.Lot] = check.Location(at + 1, 234);
            }
            else
            {
                ids.Read(at, qualifier);
            }
        }

        ids.Finish(3);
    }

    private static void ReadSn1(X12ElementCheck check, LineDraft line)
    {
        line.HasQuantity = true;
        var count = check.Units(2, 382, "Number of units shipped (SN102)", NoticeLimits.MaxLineUnits);
        var unit = check.Code(3, 355, "Unit of measure (SN103)", X12UnitCodes.Accepted);
        if (count is { } units && unit is not null)
        {
            line.Quantity = Quantity.Of(units);
            line.Unit = X12UnitCodes.ToUnit(unit);
        }

        line.Sources[NoticeFields.Quantity] = check.Location(2, 382);
        line.Sources[NoticeFields.Unit] = check.Location(3, 355);
    }

    private static void ReadRef(X12ElementCheck check, State856 state)
    {
        var qualifier = check.Identifier(1, 128, "Reference qualifier (REF01)", 2, 3);
        var value = check.Optional(2) ?? check.Optional(3);
        if (value is null)
        {
            check.Required(2, 127, "Reference identification (REF02)");
            return;
        }

        if (state.Level == "I" && state.Item is { } item)
        {
            if (qualifier == "LT" && item.Lot is null)
            {
                item.Lot = check.Parse(2, 127, "Lot (REF02)", check.Required(2, 127, "Lot (REF02)"), LotNumber.MaxLength, LotNumber.Parse);
                item.Sources[NoticeFields.Lot] = check.Location(2, 127);
            }
        }
        else if (qualifier is not null && References.Contains(qualifier))
        {
            state.Reference ??= value;
        }
    }

    private static void ReadDtm(X12ElementCheck check, State856 state)
    {
        var qualifier = check.Identifier(1, 374, "Date/time qualifier (DTM01)", 3, 3);
        var date = check.Date(2, 373, "Date (DTM02)", required: false);
        check.Time(3, 337, "Time (DTM03)");
        if (state.Level == "I" && state.Item is { } item)
        {
            if (qualifier == "036" && date is not null)
            {
                item.Expiry = date;
                item.Sources[NoticeFields.Expiry] = check.Location(2, 373);
            }
        }
        else if (qualifier is not null)
        {
            state.Dates.Offer(qualifier, date, check.Location(2, 373));
        }
    }
}
