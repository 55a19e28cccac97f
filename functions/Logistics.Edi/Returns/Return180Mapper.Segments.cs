using Logistics.Domain.Items;
using Logistics.Edi.Inbound;
using Logistics.Edi.Outbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Returns;

/// <summary>Per-segment reading of <see cref="Return180Mapper"/>.</summary>
public static partial class Return180Mapper
{
    private static void Read(X12Segment segment, X12Segment? next, State180 state)
    {
        if (segment.Id is not ("N2" or "N3" or "N4" or "PER"))
        {
            state.Party = null;
        }

        var check = new X12ElementCheck(segment);
        var line = state.Line;
        switch (segment.Id)
        {
            case "BGN" when state.SeenBgn || state.InDetail:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, "BGN must come once, before the N1 loops and the BLI lines"));
                return;
            case "BGN":
                ReadBgn(check, state);
                break;
            case "LX" when line is { SawQty: true } && next?.Id != "BLI":
                // The unit level of the line's QTY loop (serial numbers, per-unit lots): its N9 still belong to the line.
                check.PositiveCount(1, 554, "Assigned number (LX01)");
                break;
            case "LX":
                ReadLineNumber(check, state);
                break;
            case "BLI":
                ReadBli(check, state);
                break;
            case "N1":
                ReadN1(check, state, line);
                break;
            case "N2" or "N3" or "N4" when state.Party is null:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, $"{segment.Id} belongs in an N1 loop, after its N1"));
                return;
            case "N2" or "N3" or "N4" when state.Party!.TooOften(segment.Id) is { } rule:
                state.Errors.Add(SegmentErrors.TooOften(segment, rule));
                return;
            case "N2":
                state.Party!.ReadN2(check);
                break;
            case "N3":
                state.Party!.ReadN3(check);
                break;
            case "N4":
                state.Party!.ReadN4(check);
                break;
            case "PER" when state.Party is not null:
                state.Party.ReadContact(check);
                break;
            case "RDR" when line is null ? state.HeaderRdr is not null : line.Rdr is not null:
                state.Errors.Add(SegmentErrors.TooOften(segment, line is null ? "the heading has one RDR" : "a BLI loop has one RDR"));
                return;
            case "RDR" when line is null:
                state.HeaderRdr = RdrReading.Read(check);
                break;
            case "RDR":
                line!.Rdr = RdrReading.Read(check);
                break;
            case "PRF" when line is null ? state.SeenHeaderPrf : line.SeenPrf:
                state.Errors.Add(SegmentErrors.TooOften(segment, line is null ? "the heading has one PRF" : "a BLI loop has one PRF"));
                return;
            case "PRF":
                ReadPrf(check, state, line);
                break;
            case "N9":
                ReadN9(check, state, line);
                break;
            case "DTM":
                ReadDtm(check, state, line);
                break;
            case "QTY" when line is null:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, "QTY belongs in a BLI loop, after its BLI"));
                return;
            case "QTY":
                ReadQty(check, line!);
                break;
            default:
                if (!Ignored.Contains(segment.Id))
                {
                    state.Errors.Add(SegmentErrors.NotInProfile(segment, "180"));
                }

                return;
        }

        if (check.ToError() is { } error)
        {
            state.Errors.Add(error);
        }
    }

    private static void ReadBgn(X12ElementCheck check, State180 state)
    {
        state.SeenBgn = true;
        state.Action = check.Code(1, 353, "Transaction set purpose (BGN01: 00 original, 05 replace, 01 cancellation)", Purposes) switch
        {
            "05" => NoticeAction.Replace,
            "01" => NoticeAction.Cancel,
            _ => NoticeAction.Original,
        };
        state.HeaderSources[ReturnFields.Purpose] = check.Location(1, 353);
        var text = check.Required(2, 127, "Return authorization number (BGN02)");
        state.Number = check.Parse(2, 127, "Return authorization number (BGN02)", text?.Trim(), ReturnNoticeDocument.MaxReturnNumberLength, ReturnNoticeDocument.ParseReturnNumber);
        state.HeaderSources[ReturnFields.ReturnNumber] = check.Location(2, 127);
        check.Date(3, 373, "Date (BGN03)", required: false);
        check.Time(4, 337, "Time (BGN04)");
    }

    private static void ReadLineNumber(X12ElementCheck check, State180 state)
    {
        if (state.PendingLx is { } earlier)
        {
            state.Errors.Add(SegmentErrors.Missing("BLI", earlier.Position + 1, $"the LX at segment {earlier.Position} numbers a line that needs its BLI"));
        }

        state.PendingLx = check.Segment;
        state.PendingNumber = check.PositiveCount(1, 554, "Assigned number (LX01)");
    }

    private static void ReadBli(X12ElementCheck check, State180 state)
    {
        CloseLine(state);
        var lx = state.PendingLx;
        var ordinal = state.Lines.Count + 1;
        var draft = BliReader.Read(check, ordinal, lx ?? check.Segment);
        if (lx is not null && state.PendingNumber is { } number)
        {
            draft.Line.ExplicitNumber = number;
            draft.Line.NumberAt = new X12ElementLocation("LX", lx.Position, 1, 554);
        }

        state.PendingLx = null;
        state.PendingNumber = null;
        state.Line = draft;
        if (state.Lines.Count < NoticeLimits.MaxLines)
        {
            state.Lines.Add(draft);
        }
        else if (state.Overflow is null)
        {
            // Read on (its segments are still checked), but the notice is refused once, at the first line too many.
            state.Errors.Add(SegmentErrors.TooManyLines(check.Segment));
            state.Overflow = draft;
        }
    }

    private static void ReadN1(X12ElementCheck check, State180 state, ReturnLineDraft? line)
    {
        if (line is not null)
        {
            // A party of one line (the manufacturer, a store): checked, not kept.
            state.Party = new PartyDraft(check, []);
            return;
        }

        var party = new PartyDraft(check, KeptRoles, AddressedRoles, codeMayName: true);
        state.Party = party;
        if (!party.IsKept)
        {
            return;
        }

        if (!state.Parties.TryAdd(party.Role, party))
        {
            check.Add(1, 98, ElementSyntaxError.InvalidCodeValue, party.Role,
                $"N101 {party.Role} is given a second time (first at segment {state.Parties[party.Role].Opening.Position}); name each party once.");
        }
    }

    private static void ReadPrf(X12ElementCheck check, State180 state, ReturnLineDraft? line)
    {
        var orders = line?.Orders ?? state.HeaderOrders;
        if (line is null)
        {
            state.SeenHeaderPrf = true;
        }
        else
        {
            line.SeenPrf = true;
        }

        orders.Offer("PRF", check, 1, 324, "Purchase order number (PRF01)", check.Required(1, 324, "Purchase order number (PRF01)"));
        check.Date(4, 373, "Purchase order date (PRF04)", required: false);
    }

    private static void ReadN9(X12ElementCheck check, State180 state, ReturnLineDraft? line)
    {
        var qualifier = check.Identifier(1, 128, "Reference qualifier (N901)", 2, 3);
        var value = check.Optional(2) is null && check.Optional(3) is null
            ? check.Required(2, 127, "Reference identification (N902)")
            : check.Optional(2);
        if (qualifier is null || value is null)
        {
            return;
        }

        switch (qualifier)
        {
            case "LT" when line is not null:
                BliReader.ReadLot(check, line.Line, 2, 127);
                break;
            case "LI" when line is not null:
                if (check.PositiveCount(2, 127, "Line number (N902 with N901 LI)") is { } number)
                {
                    line.Line.ExplicitNumber = number;
                    line.Line.NumberAt = check.Location(2, 127);
                }

                break;
            default:
                if (OrderReferences.Ranked.Contains(qualifier))
                {
                    (line?.Orders ?? state.HeaderOrders).Offer(qualifier, check, 2, 127, $"Order number (N902 with N901 {qualifier})", value);
                }

                break;
        }
    }

    private static void ReadDtm(X12ElementCheck check, State180 state, ReturnLineDraft? line)
    {
        var qualifier = check.Identifier(1, 374, "Date/time qualifier (DTM01)", 3, 3) ?? string.Empty;
        DateOnly? date;
        X12ElementLocation at;
        if (check.Optional(2) is null && check.Optional(5) == "D8")
        {
            date = check.Date(6, 1251, "Date (DTM06 with DTM05 D8)");
            at = check.Location(6, 1251);
        }
        else
        {
            date = check.Date(2, 373, "Date (DTM02)");
            at = check.Location(2, 373);
        }

        check.Time(3, 337, "Time (DTM03)");
        if (line is null)
        {
            state.Dates.Offer(qualifier, date, at);
        }
    }

    /// <summary>The first QTY gives the line's quantity when BLI03 did not; QTY03's first component is its unit.</summary>
    private static void ReadQty(X12ElementCheck check, ReturnLineDraft line)
    {
        line.SawQty = true;
        check.Identifier(1, 673, "Quantity qualifier (QTY01)", 2, 2);
        if (line.QuantityGiven)
        {
            return;
        }

        line.QuantityGiven = true;
        var count = check.Units(2, 380, "Quantity (QTY02)", NoticeLimits.MaxLineUnits);
        var unitText = check.Required(3, 355, "Unit of measure (QTY03) of the quantity in QTY02");
        var unit = unitText is null ? null : new string([.. unitText.TakeWhile(char.IsAsciiLetterOrDigit)]);
        if (unit is not null && !X12UnitCodes.Accepted.Contains(unit))
        {
            check.Add(3, 355, ElementSyntaxError.InvalidCodeValue, unitText, $"Unit of measure (QTY03) '{unit}' is not one of {string.Join(", ", X12UnitCodes.Accepted)}.");
            unit = null;
        }

        if (count is { } units && unit is not null)
        {
            line.Line.Quantity = Quantity.Of(units);
            line.Line.Unit = X12UnitCodes.ToUnit(unit);
        }

        line.Line.Sources[NoticeFields.Quantity] = check.Location(2, 380);
        line.Line.Sources[NoticeFields.Unit] = check.Location(3, 355);
    }
}
