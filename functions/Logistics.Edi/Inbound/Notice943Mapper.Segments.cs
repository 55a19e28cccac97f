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
        var line = state.Lines.Count > 0 ? state.Lines[^1] : null;
        switch (segment.Id)
        {
            case "W06" when state.SeenW06 || line is not null:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, "W06 must come once, before the N1 loops and W04 lines"));
                return;
            case "W06":
                state.SeenW06 = true;
                check.Required(1, 353, "Reporting code (W0601)");
                state.Reference ??= check.Optional(2);
                state.ShipDate = check.Date(3, 373, "Shipment date (W0603)");
                state.Number = check.Parse(4, 145, "Notice number (W0604)", check.Required(4, 145, "Shipment identification (W0604)"), NoticeNumber.MaxLength, NoticeNumber.Parse);
                break;
            case "N1" or "W27" when line is not null:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, $"{segment.Id} belongs to the heading, before the first W04"));
                return;
            case "N1":
                var party = check.Code(1, 98, "Entity identifier (N101)", Parties);
                if (party == "SF")
                {
                    state.ShipFrom = check.Optional(2) ?? check.Optional(4);
                }

                break;
            case "W27":
                check.Required(1, 91, "Transportation method (W2701)");
                state.Carrier = check.Optional(2) ?? check.Optional(3);
                break;
            case "N9":
                var reference = check.Code(1, 128, "Reference qualifier (N901)", line is null ? HeaderReferences : LineReferences);
                var value = check.Required(2, 127, "Reference identification (N902)");
                if (line is null)
                {
                    state.Reference ??= value;
                }
                else if (reference == "LT")
                {
                    line.Lot = check.Parse(2, 127, "Lot (N902)", value, LotNumber.MaxLength, LotNumber.Parse);
                }

                break;
            case "G62":
                var qualifier = check.Code(1, 432, "Date qualifier (G6201)", line is null ? HeaderDates : LineDates);
                var date = check.Date(2, 373, "Date (G6202)");
                if (line is not null)
                {
                    line.Expiry = date;
                }
                else if (qualifier == "17")
                {
                    state.ExpectedDate = date;
                }

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
}
