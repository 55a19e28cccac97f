using System.Globalization;
using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Edi.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Outbound;

/// <summary>Per-segment reading of <see cref="Order940Mapper"/>.</summary>
public static partial class Order940Mapper
{
    private static void Read(X12Segment segment, State940 state)
    {
        if (state.SeenW76)
        {
            state.Errors.Add(SegmentErrors.OutOfSequence(segment, "W76 closes the order; only SE may follow it"));
            return;
        }

        if (segment.Id is not ("N2" or "N3" or "N4" or "PER" or "G61"))
        {
            state.Party = null;
        }

        var check = new X12ElementCheck(segment);
        switch (segment.Id)
        {
            case "W05" when state.SeenW05 || state.InDetail:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, "W05 must come once, before the N1 loops and the lines"));
                return;
            case "W05":
                ReadW05(check, state);
                break;
            case "N1" or "G62" or "W66" when state.InDetail:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, $"{segment.Id} belongs to the heading, before the first LX or W01"));
                return;
            case "W66" when state.SeenW66:
                state.Errors.Add(SegmentErrors.TooOften(segment, "an order has one W66"));
                return;
            case "N1":
                ReadN1(check, state);
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
            case "PER" or "G61" when state.Party is not null:
                state.Party.ReadContact(check);
                break;
            case "PER" or "G61":
                // A contact outside an N1 loop (the 4010 heading G61) belongs to no party the warehouse ships to: ignored.
                return;
            case "N9" when state.Line is null && state.InDetail:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, "an N9 after an LX belongs after the line's W01"));
                return;
            case "N9":
                ReadN9(check, state);
                break;
            case "G62":
                ReadG62(check, state);
                break;
            case "NTE":
                ReadNte(check, state);
                break;
            case "W66":
                ReadW66(check, state);
                break;
            case "LX":
                ReadLx(check, state);
                break;
            case "W01":
                ReadW01(check, state);
                break;
            case "G69" when state.Line is null:
                state.Errors.Add(SegmentErrors.OutOfSequence(segment, "G69 describes the item of the W01 before it"));
                return;
            case "G69":
                ReadG69(check, state.Line);
                break;
            case "W76":
                ReadW76(check, state);
                break;
            default:
                if (!Ignored.Contains(segment.Id))
                {
                    state.Errors.Add(SegmentErrors.NotInProfile(segment, "940"));
                }

                return;
        }

        if (check.ToError() is { } error)
        {
            state.Errors.Add(error);
        }
    }

    private static void ReadW05(X12ElementCheck check, State940 state)
    {
        state.SeenW05 = true;
        state.W05Position = check.Segment.Position;
        state.Action = check.Code(1, 473, "Order status (W0501: N original, R change, F cancel, D delete)", Statuses) switch
        {
            "R" => OrderAction.Replace,
            "F" or "D" => OrderAction.Cancel,
            _ => OrderAction.Original,
        };
        state.HeaderSources[OrderFields.Purpose] = check.Location(1, 473);
        state.Number = check.Parse(2, 285, "Order number (W0502)", check.Required(2, 285, "Depositor order number (W0502)"), OrderNumber.MaxLength, OrderNumber.Parse);
        state.HeaderSources[OrderFields.OrderNumber] = check.Location(2, 285);
        state.PurchaseOrder = check.Identifier(3, 324, "Purchase order number (W0503)", 1, 22, required: false);
        state.ShipmentId = check.Identifier(5, 474, "Master reference number (W0505)", 1, 22, required: false);
        if (state.PurchaseOrder is not null)
        {
            state.HeaderSources[OrderFields.PurchaseOrder] = check.Location(3, 324);
        }

        if (state.ShipmentId is not null)
        {
            state.HeaderSources[OrderFields.ShipmentId] = check.Location(5, 474);
        }
    }

    private static void ReadN1(X12ElementCheck check, State940 state)
    {
        var party = new PartyDraft(check, KeptParties);
        state.Party = party;
        switch (party.Role)
        {
            case "ST" when state.ShipTo is not null:
            case "SF" when state.ShipFrom is not null:
            case "BT" when state.BillTo is not null:
                check.Add(1, 98, ElementSyntaxError.InvalidCodeValue, party.Role,
                    $"N101 {party.Role} is given a second time; an order has one ship-to, one ship-from and one bill-to.");
                break;
            case "ST":
                state.ShipTo = party;
                break;
            case "SF":
                state.ShipFrom = party;
                break;
            case "BT":
                state.BillTo = party;
                break;
        }
    }

    private static void ReadN9(X12ElementCheck check, State940 state)
    {
        var qualifier = check.Identifier(1, 128, "Reference qualifier (N901)", 2, 3);
        string? value;
        if (check.Optional(2) is null && check.Optional(3) is null)
        {
            value = check.Required(2, 127, "Reference identification (N902)");
        }
        else
        {
            value = check.Optional(2) is not null
                ? check.Identifier(2, 127, "Reference identification (N902)", 1, OrderReference.MaxValueLength)
                : check.Identifier(3, 369, "Description (N903)", 1, OrderReference.MaxValueLength);
        }

        if (state.Line is { } line)
        {
            if (qualifier == "LT" && check.Optional(2) is not null && value is not null)
            {
                ReadLot(check, line, value);
            }

            return;
        }

        if (qualifier is not null && value is not null)
        {
            state.References.Add(new OrderReference(qualifier, value));
        }
    }

    /// <summary>N9*LT names the lot the owner asks for; a second, different lot for the same line is code 7.</summary>
    private static void ReadLot(X12ElementCheck check, LineDraft line, string text)
    {
        var lot = check.Parse(2, 127, "Lot (N902)", text, LotNumber.MaxLength, LotNumber.Parse);
        if (lot is null)
        {
            return;
        }

        if (line.Lot is { } earlier && earlier != lot)
        {
            check.Add(2, 127, ElementSyntaxError.InvalidCodeValue, text,
                $"Lot (N902) {lot} contradicts lot {earlier} asked for earlier on the same line; ask for one lot per line.");
            return;
        }

        line.Lot = lot;
        line.Sources[OrderFields.Lot] = check.Location(2, 127);
    }

    private static void ReadG62(X12ElementCheck check, State940 state)
    {
        var qualifier = check.Identifier(1, 432, "Date qualifier (G6201)", 2, 2) ?? string.Empty;
        var date = check.Date(2, 373, "Date (G6202)");
        check.Time(4, 337, "Time (G6204)");
        var at = check.Location(2, 373);
        state.ShipBy.Offer(qualifier, date, at);
        state.DeliverBy.Offer(qualifier, date, at);
        state.ShipNotBefore.Offer(qualifier, date, at);
    }

    private static void ReadNte(X12ElementCheck check, State940 state)
    {
        check.Identifier(1, 363, "Note reference code (NTE01)", 3, 3, required: false);
        if (check.Identifier(2, 352, "Description (NTE02)", 1, OrderLimits.MaxNoteLength) is { } note && state.Notes.Count < OrderLimits.MaxNotes)
        {
            state.Notes.Add(note);
        }
    }

    private static void ReadW66(X12ElementCheck check, State940 state)
    {
        state.SeenW66 = true;
        check.Identifier(1, 146, "Shipment method of payment (W6601)", 2, 2);
        var method = check.Identifier(2, 91, "Transportation method (W6602)", 1, 2);
        var service = check.Identifier(5, 387, "Routing (W6605)", 1, Carrier.MaxServiceLength, required: false);
        var scac = check.Identifier(10, 140, "Standard carrier alpha code (W6610)", 2, 4, required: false);
        if (scac is not null && !Carrier.IsScac(scac))
        {
            check.Add(10, 140, ElementSyntaxError.InvalidCharacter, scac, $"Standard carrier alpha code (W6610) '{scac}' must be 2-4 capital letters.");
            scac = null;
        }

        state.Carrier = new Carrier(scac, service) { TransportationMethod = method };
        state.HeaderSources[OrderFields.Carrier] = check.Location(2, 91);
        state.HeaderSources[OrderFields.Carrier + "/scac"] = check.Location(10, 140);
        state.HeaderSources[OrderFields.Carrier + "/service"] = check.Location(5, 387);
    }

    private static void ReadLx(X12ElementCheck check, State940 state)
    {
        if (state.PendingLx is { } earlier)
        {
            state.Errors.Add(SegmentErrors.Missing("W01", earlier.Position + 1, $"the LX at segment {earlier.Position} opens a line that needs its W01"));
        }

        state.Line = null;
        state.PendingLx = check.Segment;
        state.PendingNumber = check.PositiveCount(1, 554, "Assigned number (LX01)");
    }

    private static void ReadW01(X12ElementCheck check, State940 state)
    {
        var lx = state.PendingLx;
        var line = W01Reader.Read(check, state.Lines.Count + 1, lx ?? check.Segment);
        if (lx is not null && state.PendingNumber is { } number)
        {
            line.ExplicitNumber = number;
            line.NumberAt = new X12ElementLocation("LX", lx.Position, 1, 554);
        }

        state.PendingLx = null;
        state.PendingNumber = null;
        state.Line = line;
        if (state.Lines.Count < OrderLimits.MaxLines)
        {
            state.Lines.Add(line);
        }
        else if (state.Overflow is null)
        {
            // Read on (its segments are still checked), but the order is refused once, at the first line too many.
            state.Errors.Add(SegmentErrors.TooManyLines(check.Segment, OrderLimits.MaxLines, "order"));
            state.Overflow = line;
        }
    }

    private static void ReadG69(X12ElementCheck check, LineDraft line)
    {
        if (check.Identifier(1, 369, "Description (G6901)", 1, 80) is not { } text)
        {
            return;
        }

        var description = line.Description is null ? text : $"{line.Description} {text}";
        if (description.Length > OrderLimits.MaxDescriptionLength)
        {
            check.Add(1, 369, ElementSyntaxError.TooLong, text, $"The line's G69 descriptions add up to more than {OrderLimits.MaxDescriptionLength} characters.");
            return;
        }

        line.Description = description;
        line.Sources.TryAdd(OrderFields.Description, check.Location(1, 369));
    }

    private static void ReadW76(X12ElementCheck check, State940 state)
    {
        state.SeenW76 = true;
        var text = check.Required(1, 330, "Quantity ordered total (W7601)");
        if (text is null)
        {
            return;
        }

        if (text.StartsWith('.') || text.EndsWith('.') || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var total))
        {
            check.Add(1, 330, ElementSyntaxError.InvalidCharacter, text, $"Quantity ordered total (W7601) '{text}' must be a number without sign.");
            return;
        }

        state.Total = total;
        state.TotalText = text;
        state.TotalAt = check.Location(1, 330);
        state.HeaderSources[OrderFields.Total] = state.TotalAt;
    }
}
