using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Edi.X12;

namespace Logistics.Edi.Inbound;

/// <summary>Per-segment reading of <see cref="Notice943Mapper"/>.</summary>
public static partial class Notice943Mapper
{
    private static void Read(X12Segment segment, State943 state)
    {
        var check = new X12ElementCheck(segment);
        var line = state.Overflow ?? (state.Lines.Count > 0 ? state.Lines[^1] : null);
        switch (segment.Id)
        {
            case "W06" when state.SeenW06 || line is not null:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, "W06 must come once, before the N1 loops and W04 lines"));
                return;
            case "W06":
                ReadW06(check, state);
                break;
            case "N1" or "W27" when line is not null:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, $"{segment.Id} belongs to the heading, before the first W04"));
                return;
            case "N1":
                if (check.Identifier(1, 98, "Entity identifier (N101)", 2, 3) == "SF")
                {
                    state.ShipFrom ??= check.Optional(2) ?? check.Optional(4);
                }

                break;
            case "W27":
                check.Required(1, 91, "Transportation method (W2701)");
                state.Carrier ??= check.Optional(2) ?? check.Optional(3);
                break;
            case "N9":
                ReadN9(check, state, line);
                break;
            case "G62":
                ReadG62(check, state, line);
                break;
            case "W04" when state.Lines.Count >= NoticeLimits.MaxLines:
                // Read on (its segments are still checked), but the notice is refused once, at the first line too many.
                if (state.Overflow is null)
                {
                    state.Errors.Add(SegmentErrors.TooManyLines(segment));
                }

                state.Overflow = W04Reader.Read(check, state.Lines.Count + 1);
                break;
            case "W04":
                state.Lines.Add(W04Reader.Read(check, state.Lines.Count + 1));
                break;
            default:
                if (!Ignored.Contains(segment.Id))
                {
                    state.Errors.Add(SegmentErrors.NotInProfile(segment, "943"));
                }

                return;
        }

        if (check.ToError() is { } error)
        {
            state.Errors.Add(error);
        }
    }

    private static void ReadW06(X12ElementCheck check, State943 state)
    {
        state.SeenW06 = true;
        check.Required(1, 514, "Reporting code (W0601)");
        state.Number = check.Parse(2, 285, "Notice number (W0602)", check.Required(2, 285, "Depositor order number (W0602)"), NoticeNumber.MaxLength, NoticeNumber.Parse);
        state.NumberAt = check.Location(2, 285);
        state.Dates.Offer("W0603", check.Date(3, 373, "Shipment date (W0603)", required: false), check.Location(3, 373));
        state.ShipmentId = check.Identifier(4, 145, "Shipment identification (W0604)", 1, 30, required: false);
        state.Reference ??= check.Identifier(6, 324, "Purchase order number (W0606)", 1, 22, required: false);
    }

    private static void ReadN9(X12ElementCheck check, State943 state, LineDraft? line)
    {
        var qualifier = check.Identifier(1, 128, "Reference qualifier (N901)", 2, 3);
        var value = check.Required(2, 127, "Reference identification (N902)");
        if (line is null)
        {
            if (qualifier is not null && HeaderReferences.Contains(qualifier))
            {
                state.Reference ??= value;
            }

            return;
        }

        switch (qualifier)
        {
            case "LT":
                line.Lot = check.Parse(2, 127, "Lot (N902)", value, LotNumber.MaxLength, LotNumber.Parse);
                line.Sources[NoticeFields.Lot] = check.Location(2, 127);
                break;
            case "LI" when value is not null:
                if (check.PositiveCount(2, 127, "Line number (N902 with N901 LI)") is { } number)
                {
                    line.ExplicitNumber = number;
                    line.NumberAt = check.Location(2, 127);
                }

                break;
        }
    }

    private static void ReadG62(X12ElementCheck check, State943 state, LineDraft? line)
    {
        var qualifier = check.Identifier(1, 432, "Date qualifier (G6201)", 2, 2);
        var date = check.Date(2, 373, "Date (G6202)");
        check.Time(4, 337, "Time (G6204)");
        if (line is null)
        {
            state.Dates.Offer(qualifier ?? string.Empty, date, check.Location(2, 373));
        }
        else if (qualifier == "36")
        {
            line.Expiry = date;
            line.Sources[NoticeFields.Expiry] = check.Location(2, 373);
        }
    }
}
