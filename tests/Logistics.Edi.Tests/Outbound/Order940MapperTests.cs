using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Edi.Inbound;
using Logistics.Edi.Outbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Tests.Outbound;

public class Order940MapperTests
{
    /// <summary>The smallest order this warehouse takes: W05 (2), the ship-to loop (3-5) and one W01 (6).</summary>
    private static readonly string[] Minimal = ["W05*N*ORD-1", "N1*ST*Shop", "N3*1 Main St", "N4*Town", "W01*1*EA**SK*A"];

    private static string Interchange(params string[] body) =>
        X12Texts.Interchange("004010", X12Texts.Group("OW", "1", X12Texts.Set("940", "0001", body)));

    private static X12OrderMappingResult MapText(string interchange) => Order940Mapper.Map(X12Sets.First(interchange));

    private static OutboundOrderDocument Map(params string[] body)
    {
        var result = MapText(Interchange(body));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Document!;
    }

    private static X12SegmentError SingleError(string interchange)
    {
        var result = MapText(interchange);
        Assert.Null(result.Document);
        return Assert.Single(result.Errors);
    }

    private static X12SegmentError SingleError(params string[] body) => SingleError(Interchange(body));

    /// <summary>The one AK4 of a code-8 AK3, as (segment id, segment position, element position, element number, code, bad value).</summary>
    private static (string, int, int, int?, ElementSyntaxError, string?) Ak4(X12SegmentError error)
    {
        Assert.Equal(SegmentSyntaxError.SegmentHasDataElementErrors, error.Code);
        var element = Assert.Single(error.Elements);
        return (error.SegmentId, error.Position, element.Position, element.ReferenceNumber, element.Code, element.BadValue);
    }

    [Fact]
    public void The_UPC_sample_maps_to_its_order()
    {
        var result = MapText(SampleFiles.Order940Upc);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var order = result.Document!;
        Assert.Equal(("ORD-1001", OrderFormat.Edi940, OrderAction.Original, "PO-55501", (string?)null),
            (order.OrderNumber.Value, order.SourceFormat, order.Action, order.PurchaseOrder, order.ShipmentId));
        Assert.Equal(new Party("Corner Books", "STORE-17", ["12 High Street"], "Springfield", "IL", "62701", "US"), order.ShipTo);
        Assert.Equal("Demo Publisher", order.ShipFrom!.Name);
        Assert.Null(order.BillTo);
        Assert.Equal((new DateOnly(2026, 2, 5), (DateOnly?)null, (DateOnly?)null), (order.ShipBy, order.DeliverBy, order.ShipNotBefore));
        Assert.Equal(new Carrier(null, null) { TransportationMethod = "M" }, order.Carrier);
        Assert.Null(order.Policy);
        Assert.Equal(
            [
                new OutboundOrderDocumentLine(1, [ItemReference.Parse("UP", "036000291452") with { Location = new("W01", 10, 5, 234) }], Quantity.Of(10), UnitOfMeasure.Each, null),
                new OutboundOrderDocumentLine(2, [ItemReference.Parse("UP", "012345678905") with { Location = new("W01", 12, 5, 234) }], Quantity.Of(4), UnitOfMeasure.Each, null),
            ],
            order.Lines);
        Assert.False(order.IsResolved);
    }

    [Fact]
    public void The_SKU_sample_maps_cases_lots_dates_carrier_parties_notes_and_references()
    {
        var result = MapText(SampleFiles.Order940Sku);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var order = result.Document!;
        Assert.Equal(("ORD-2002", "PO-9912", "LOAD-77"), (order.OrderNumber.Value, order.PurchaseOrder, order.ShipmentId));
        Assert.Equal(
            new Party("Northwind Retail DC", "DC-04", ["400 Commerce Way", "Building B"], "Columbus", "OH", "43215", "US")
            {
                AdditionalNames = ["Receiving Dock 3"],
                Contact = new Contact("Dock Office", "6145550100", "dock@northwind.example"),
            },
            order.ShipTo);
        Assert.Equal(new Party("Northwind Retail", null, [], null, null, null, null), order.BillTo);
        Assert.Equal((new DateOnly(2026, 2, 6), new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 3)), (order.ShipBy, order.DeliverBy, order.ShipNotBefore));
        Assert.Equal(new Carrier("XPOL", "GROUND") { TransportationMethod = "M" }, order.Carrier);
        Assert.Equal(["Deliver to dock 3 only"], order.Notes);
        Assert.Equal([new OrderReference("CO", "NW-778812")], order.References);
        Assert.Equal(
            [
                (1, "BOOK-001", 2, UnitOfMeasure.Case, "LOT-A1", "Atlas of Trade Routes"),
                (2, "MAG-2026-01", 12, UnitOfMeasure.Case, (string?)null, "Monthly Magazine January issue"),
                (3, "BOOK-002", 5, UnitOfMeasure.Case, null, null),
            ],
            order.Lines.Select(l => (l.LineNumber, l.Sku.Value, l.Quantity.Units, l.Unit, l.Lot?.Value, l.Description)));
        Assert.Equal(["SK", "EN"], order.Lines[0].ItemIds.Select(i => i.Qualifier));
        Assert.True(order.IsResolved);
    }

    [Fact]
    public void The_EAN_sample_with_other_delimiters_maps_barcodes_and_line_numbers_from_LX()
    {
        var result = MapText(SampleFiles.Order940Ean);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var order = result.Document!;
        Assert.Equal(new Party("City Library", null, ["1 Library Square"], "Leeds", null, "LS1 3AB", "GB"), order.ShipTo);
        Assert.Equal(new Carrier("UPSN", null) { TransportationMethod = "U" }, order.Carrier);
        Assert.Equal([(10, "EN", 3), (20, "IB", 1), (30, "IB", 6)], order.Lines.Select(l => (l.LineNumber, l.ItemIds[0].Qualifier, l.Quantity.Units)));
        Assert.Contains("9780306406157", order.Lines[1].ItemIds[0].LookupCodes);
        Assert.All(order.Lines, l => Assert.False(l.HasSku));
    }

    [Fact]
    public void The_cancellation_sample_needs_no_lines()
    {
        var result = MapText(SampleFiles.Order940Cancel);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal((OrderAction.Cancel, "ORD-1001"), (result.Document!.Action, result.Document.OrderNumber.Value));
        Assert.Empty(result.Document.Lines);
        Assert.Equal(new X12ElementLocation("W05", 2, 1, 473), result.Document.Sources["/purpose"]);
    }

    [Fact]
    public void The_replacement_sample_replaces_the_whole_order()
    {
        var result = MapText(SampleFiles.Order940Replace);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(OrderAction.Replace, result.Document!.Action);
        Assert.Equal([10, 6, 2], result.Document.Lines.Select(l => l.Quantity.Units));
    }

    [Fact]
    public void An_original_without_lines_is_missing_a_W01()
    {
        var error = SingleError("W05*N*ORD-1", "N1*ST*Shop", "N3*1 Main St", "N4*Town");
        Assert.Equal(("W01", 6, SegmentSyntaxError.MandatorySegmentMissing), (error.SegmentId, error.Position, error.Code));
    }

    [Theory]
    [InlineData("N", OrderAction.Original)]
    [InlineData("R", OrderAction.Replace)]
    [InlineData("F", OrderAction.Cancel)]
    [InlineData("D", OrderAction.Cancel)]
    public void W0501_declares_the_action(string code, OrderAction action) =>
        Assert.Equal(action, Map([$"W05*{code}*ORD-1", .. Minimal[1..]]).Action);

    [Theory]
    [InlineData("C")]
    [InlineData("G")]
    [InlineData("X")]
    public void Any_other_order_status_is_code_7_at_W0501(string code) =>
        Assert.Equal(("W05", 2, 1, (int?)473, ElementSyntaxError.InvalidCodeValue, code), Ak4(SingleError([$"W05*{code}*ORD-1", .. Minimal[1..]])));

    [Fact]
    public void A_missing_order_number_is_code_1_at_W0502() =>
        Assert.Equal(("W05", 2, 2, (int?)285, ElementSyntaxError.MandatoryElementMissing, (string?)null), Ak4(SingleError(["W05*N**PO-1", .. Minimal[1..]])));

    [Fact]
    public void An_order_number_with_a_slash_is_code_6_at_W0502() =>
        Assert.Equal(("W05", 2, 2, (int?)285, ElementSyntaxError.InvalidCharacter, "ORD/1"), Ak4(SingleError(["W05*N*ORD/1", .. Minimal[1..]])));

    [Fact]
    public void A_purchase_order_longer_than_22_is_code_5_at_W0503() =>
        Assert.Equal(("W05", 2, 3, (int?)324, ElementSyntaxError.TooLong, new string('P', 23)), Ak4(SingleError([$"W05*N*ORD-1*{new string('P', 23)}", .. Minimal[1..]])));

    [Fact]
    public void A_940_without_W05_is_missing_it_at_segment_2()
    {
        var error = SingleError(Minimal[1..]);
        Assert.Equal(("W05", 2, SegmentSyntaxError.MandatorySegmentMissing), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void An_order_without_ship_to_is_missing_an_N1_after_W05()
    {
        var error = SingleError("W05*N*ORD-1", "N1*SF*Publisher", "W01*1*EA**SK*A");
        Assert.Equal(("N1", 3, SegmentSyntaxError.MandatorySegmentMissing), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void A_ship_to_without_address_is_missing_its_N3_and_N4()
    {
        var result = MapText(Interchange("W05*N*ORD-1", "N1*ST*Shop", "W01*1*EA**SK*A"));
        Assert.Equal([("N3", 4, SegmentSyntaxError.MandatorySegmentMissing), ("N4", 4, SegmentSyntaxError.MandatorySegmentMissing)],
            result.Errors.Select(e => (e.SegmentId, e.Position, e.Code)));
    }

    [Fact]
    public void A_ship_to_N4_without_city_is_code_1_at_N401() =>
        Assert.Equal(("N4", 5, 1, (int?)19, ElementSyntaxError.MandatoryElementMissing, (string?)null),
            Ak4(SingleError("W05*N*ORD-1", "N1*ST*Shop", "N3*1 Main St", "N4**IL*62701", "W01*1*EA**SK*A")));

    [Fact]
    public void A_ship_to_without_name_is_code_1_at_N102() =>
        Assert.Equal(("N1", 3, 2, (int?)93, ElementSyntaxError.MandatoryElementMissing, (string?)null),
            Ak4(SingleError("W05*N*ORD-1", "N1*ST**92*S-1", "N3*1 Main St", "N4*Town", "W01*1*EA**SK*A")));

    [Fact]
    public void A_second_ship_to_is_code_7_at_its_N101() =>
        Assert.Equal(("N1", 6, 1, (int?)98, ElementSyntaxError.InvalidCodeValue, "ST"),
            Ak4(SingleError([.. Minimal[..4], "N1*ST*Other shop", "N3*2 Main St", "N4*Town", "W01*1*EA**SK*A"])));

    [Fact]
    public void An_address_segment_outside_an_N1_loop_is_out_of_sequence()
    {
        var error = SingleError([.. Minimal[..4], "G62*10*20260205", "N3*late street", "W01*1*EA**SK*A"]);
        Assert.Equal(("N3", 7, SegmentSyntaxError.SegmentNotInProperSequence), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void A_third_N3_in_one_loop_is_used_too_often()
    {
        var error = SingleError("W05*N*ORD-1", "N1*ST*Shop", "N3*a*b", "N3*c*d", "N3*e", "N4*Town", "W01*1*EA**SK*A");
        Assert.Equal(("N3", 6, SegmentSyntaxError.SegmentExceedsMaximumUse), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void A_PER_qualifier_without_its_number_is_code_1_at_PER04() =>
        Assert.Equal(("PER", 6, 4, (int?)364, ElementSyntaxError.MandatoryElementMissing, (string?)null),
            Ak4(SingleError([.. Minimal[..4], "PER*DC*Dock*TE", "W01*1*EA**SK*A"])));

    [Fact]
    public void Other_parties_and_contacts_outside_a_loop_are_read_and_dropped()
    {
        var order = Map("W05*N*ORD-1", "N1*DE*Demo Publisher*ZZ*DEMO", "N1*ST*Shop", "N3*1 Main St", "N4*Town", "N1*WH*Our warehouse", "N9*CO*C-1",
            "G61*IC*Jane Doe*TE*555", "W09*CN", "W01*1*EA**SK*A", "W20*1", "AT8*G*L*10");
        Assert.Equal(("Shop", (Contact?)null, (Party?)null), (order.ShipTo.Name, order.ShipTo.Contact, order.ShipFrom));
    }

    [Fact]
    public void A_G61_inside_the_ship_to_loop_is_its_contact() =>
        Assert.Equal(new Contact("Jane Doe", "555-0100", null), Map([.. Minimal[..4], "G61*IC*Jane Doe*TE*555-0100", Minimal[4]]).ShipTo.Contact);

    [Fact]
    public void Ship_by_prefers_38_over_10_and_deliver_by_54_over_02_and_other_qualifiers_are_ignored()
    {
        var order = Map([.. Minimal[..4], "G62*10*20260205", "G62*38*20260207", "G62*02*20260209", "G62*54*20260212", "G62*04*20260101", Minimal[4]]);
        Assert.Equal((new DateOnly(2026, 2, 7), new DateOnly(2026, 2, 12)), (order.ShipBy, order.DeliverBy));
        Assert.Equal(new X12ElementLocation("G62", 7, 2, 373), order.Sources["/shipBy"]);
        Assert.Equal(new X12ElementLocation("G62", 9, 2, 373), order.Sources["/deliverBy"]);
    }

    [Fact]
    public void An_impossible_date_is_code_8_at_G6202() =>
        Assert.Equal(("G62", 6, 2, (int?)373, ElementSyntaxError.InvalidDate, "20260230"), Ak4(SingleError([.. Minimal[..4], "G62*38*20260230", Minimal[4]])));

    [Fact]
    public void A_ship_by_date_after_the_deliver_by_date_is_code_8_at_the_ship_by_date()
    {
        var error = SingleError([.. Minimal[..4], "G62*02*20260205", "G62*10*20260206", Minimal[4]]);
        Assert.Equal(("G62", 7, 2, (int?)373, ElementSyntaxError.InvalidDate, "20260206"), Ak4(error));
        Assert.Contains("after the deliver-by date 2026-02-05", error.Elements[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ship_not_before_date_after_the_ship_by_date_is_code_8_at_the_ship_not_before_date() =>
        Assert.Equal(("G62", 6, 2, (int?)373, ElementSyntaxError.InvalidDate, "20260210"),
            Ak4(SingleError([.. Minimal[..4], "G62*37*20260210", "G62*38*20260206", Minimal[4]])));

    [Fact]
    public void A_date_after_the_lines_is_out_of_sequence()
    {
        var error = SingleError([.. Minimal, "G62*10*20260205"]);
        Assert.Equal(("G62", 7, SegmentSyntaxError.SegmentNotInProperSequence), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void W66_without_its_transportation_method_is_code_1_at_W6602() =>
        Assert.Equal(("W66", 6, 2, (int?)91, ElementSyntaxError.MandatoryElementMissing, (string?)null), Ak4(SingleError([.. Minimal[..4], "W66*PP", Minimal[4]])));

    [Theory]
    [InlineData("ab1", ElementSyntaxError.InvalidCharacter)]
    [InlineData("UPSNX", ElementSyntaxError.TooLong)]
    [InlineData("U", ElementSyntaxError.TooShort)]
    public void A_SCAC_that_is_not_2_to_4_capital_letters_is_refused_at_W6610(string scac, ElementSyntaxError code) =>
        Assert.Equal(("W66", 6, 10, (int?)140, code, scac), Ak4(SingleError([.. Minimal[..4], $"W66*PP*M********{scac}", Minimal[4]])));

    [Fact]
    public void A_second_W66_is_used_too_often()
    {
        var error = SingleError([.. Minimal[..4], "W66*PP*M", "W66*CC*U", Minimal[4]]);
        Assert.Equal(("W66", 7, SegmentSyntaxError.SegmentExceedsMaximumUse), (error.SegmentId, error.Position, error.Code));
    }

    [Theory]
    [InlineData("-2")]
    [InlineData("2.5")]
    [InlineData("0")]
    [InlineData("1000001")]
    public void A_quantity_that_is_not_a_whole_number_from_1_to_a_million_is_code_6_at_W0101(string quantity) =>
        Assert.Equal(("W01", 6, 1, (int?)330, ElementSyntaxError.InvalidCharacter, quantity), Ak4(SingleError([.. Minimal[..4], $"W01*{quantity}*EA**SK*A"])));

    [Fact]
    public void An_unknown_unit_is_code_7_at_W0102() =>
        Assert.Equal(("W01", 6, 2, (int?)355, ElementSyntaxError.InvalidCodeValue, "PL"), Ak4(SingleError([.. Minimal[..4], "W01*1*PL**SK*A"])));

    [Fact]
    public void A_line_named_only_by_an_unresolvable_qualifier_is_code_7_at_that_qualifier() =>
        Assert.Equal(("W01", 6, 4, (int?)235, ElementSyntaxError.InvalidCodeValue, "ZZ"), Ak4(SingleError([.. Minimal[..4], "W01*1*EA**ZZ*A"])));

    [Fact]
    public void A_mis_keyed_UPC_is_code_6_at_its_id()
    {
        var error = SingleError(SampleFiles.Order940Upc.ReplaceOnce("UP*036000291452", "UP*036000291453"));
        Assert.Equal(("W01", 10, 5, (int?)234, ElementSyntaxError.InvalidCharacter, "036000291453"), Ak4(error));
    }

    [Fact]
    public void The_third_product_id_pair_W0115_W0116_names_the_item_too()
    {
        var line = Assert.Single(Map([.. Minimal[..4], "W01*1*EA**CB*CAT-9**********UP*036000291452"]).Lines);
        Assert.Equal([("UP", 16)], line.ItemIds.Select(i => (i.Qualifier, i.Location!.ElementPosition)));
    }

    [Fact]
    public void W0113_asks_for_a_lot_and_an_N9_LT_agreeing_with_it_is_accepted()
    {
        var line = Assert.Single(Map([.. Minimal[..4], "W01*1*EA**SK*A********lot-7", "N9*LT*LOT-7"]).Lines);
        Assert.Equal("LOT-7", line.Lot!.Value);
    }

    [Fact]
    public void An_N9_LT_contradicting_W0113_is_code_7_at_N902() =>
        Assert.Equal(("N9", 7, 2, (int?)127, ElementSyntaxError.InvalidCodeValue, "LOT-8"), Ak4(SingleError([.. Minimal[..4], "W01*1*EA**SK*A********LOT-7", "N9*LT*LOT-8"])));

    [Fact]
    public void A_lot_with_a_forbidden_character_is_code_6_at_N902() =>
        Assert.Equal(("N9", 7, 2, (int?)127, ElementSyntaxError.InvalidCharacter, "LOT 1"), Ak4(SingleError([.. Minimal, "N9*LT*LOT 1"])));

    [Fact]
    public void A_W01_without_LX_is_numbered_by_its_place_and_an_LX_numbers_the_W01_after_it()
    {
        var order = Map([.. Minimal[..4], "W01*1*EA**SK*A", "LX*7", "W01*1*EA**SK*B", "W01*1*EA**SK*C"]);
        Assert.Equal([1, 7, 3], order.Lines.Select(l => l.LineNumber));
        Assert.Equal(new X12ElementLocation("LX", 7, 1, 554), order.Sources["/lines/1/lineNumber"]);
    }

    [Fact]
    public void A_line_number_used_twice_is_code_7_at_the_LX_that_repeats_it() =>
        Assert.Equal(("LX", 8, 1, (int?)554, ElementSyntaxError.InvalidCodeValue, "1"), Ak4(SingleError([.. Minimal[..4], "LX*1", "W01*1*EA**SK*A", "LX*1", "W01*1*EA**SK*B"])));

    [Fact]
    public void An_LX_that_is_not_a_positive_whole_number_is_code_6_at_LX01() =>
        Assert.Equal(("LX", 6, 1, (int?)554, ElementSyntaxError.InvalidCharacter, "A1"), Ak4(SingleError([.. Minimal[..4], "LX*A1", "W01*1*EA**SK*A"])));

    [Fact]
    public void An_LX_without_its_W01_is_a_missing_W01_right_after_it()
    {
        var error = SingleError([.. Minimal[..4], "LX*1", "LX*2", "W01*1*EA**SK*A"]);
        Assert.Equal(("W01", 7, SegmentSyntaxError.MandatorySegmentMissing), (error.SegmentId, error.Position, error.Code));
    }

    [Theory]
    [InlineData("G69*Atlas")]
    [InlineData("N9*LT*LOT-1")]
    public void A_line_segment_between_an_LX_and_its_W01_is_out_of_sequence(string segment)
    {
        var error = SingleError([.. Minimal[..4], "LX*1", segment, "W01*1*EA**SK*A"]);
        Assert.Equal((segment[..segment.IndexOf('*', StringComparison.Ordinal)], 7, SegmentSyntaxError.SegmentNotInProperSequence), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void A_heading_N1_after_the_lines_is_out_of_sequence()
    {
        var error = SingleError([.. Minimal, "N1*BT*Late"]);
        Assert.Equal(("N1", 7, SegmentSyntaxError.SegmentNotInProperSequence), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void W76_must_total_the_quantities_ordered()
    {
        var error = SingleError(SampleFiles.Order940Upc.ReplaceOnce("W76*14", "W76*15"));
        Assert.Equal(("W76", 13, 1, (int?)330, ElementSyntaxError.InvalidCharacter, "15"), Ak4(error));
        Assert.Contains("order 14 in all", error.Elements[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("14.0")]
    [InlineData("14")]
    public void A_matching_W76_total_is_accepted_with_or_without_decimals(string total) =>
        Assert.True(MapText(SampleFiles.Order940Upc.ReplaceOnce("W76*14", $"W76*{total}")).IsValid);

    [Fact]
    public void A_W76_total_that_is_not_a_number_is_code_6() =>
        Assert.Equal(("W76", 13, 1, (int?)330, ElementSyntaxError.InvalidCharacter, "-14"), Ak4(SingleError(SampleFiles.Order940Upc.ReplaceOnce("W76*14", "W76*-14"))));

    [Fact]
    public void A_segment_after_W76_is_out_of_sequence()
    {
        var error = SingleError([.. Minimal, "W76*1", "NTE*GEN*late"]);
        Assert.Equal(("NTE", 8, SegmentSyntaxError.SegmentNotInProperSequence), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void A_segment_the_940_profile_does_not_define_is_segment_code_6()
    {
        var error = SingleError([.. Minimal, "ZZZ*1"]);
        Assert.Equal(("ZZZ", 7, SegmentSyntaxError.SegmentNotInDefinedTransactionSet), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void A_second_W05_is_out_of_sequence()
    {
        var error = SingleError([.. Minimal, "W05*N*ORD-2"]);
        Assert.Equal(("W05", 7, SegmentSyntaxError.SegmentNotInProperSequence), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void More_than_9999_lines_are_refused_once_at_the_first_line_too_many()
    {
        var lines = Enumerable.Range(1, OrderLimits.MaxLines + 2).Select(i => $"W01*1*EA**SK*A-{i}");
        var result = MapText(Interchange([.. Minimal[..4], .. lines]));

        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("W01", 6 + OrderLimits.MaxLines, SegmentSyntaxError.LoopOccursOverMaximum), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void Several_problems_are_all_reported_in_segment_order()
    {
        var text = SampleFiles.Order940Sku.ReplaceOnce("W01*2*CA", "W01*-2*XX").ReplaceOnce("G62*38*20260206", "G62*38*2026");
        var result = MapText(text);
        Assert.Equal([("G62", 11), ("W01", 16)], result.Errors.Select(e => (e.SegmentId, e.Position)));
        Assert.Equal([1, 2], result.Errors[1].Elements.Select(e => e.Position));
    }

    [Fact]
    public void The_SKU_sample_records_where_each_value_was_read()
    {
        var sources = MapText(SampleFiles.Order940Sku).Document!.Sources;
        Assert.Equal(new X12ElementLocation("W05", 2, 2, 285), sources["/orderNumber"]);
        Assert.Equal(new X12ElementLocation("W05", 2, 5, 474), sources["/shipmentId"]);
        Assert.Equal(new X12ElementLocation("N1", 3, 1, 98), sources["/shipTo"]);
        Assert.Equal(new X12ElementLocation("N4", 6, 4, 26), sources["/shipTo/country"]);
        Assert.Equal(new X12ElementLocation("N3", 5, 1, 166), sources["/shipTo/addressLines"]);
        Assert.Equal(new X12ElementLocation("N1", 8, 2, 93), sources["/billTo/name"]);
        Assert.Equal(new X12ElementLocation("G62", 10, 2, 373), sources["/shipNotBefore"]);
        Assert.Equal(new X12ElementLocation("W66", 14, 10, 140), sources["/carrier/scac"]);
        Assert.Equal(new X12ElementLocation("W01", 16, 1, null), sources["/lines/0"]);
        Assert.Equal(new X12ElementLocation("W01", 20, 1, 330), sources["/lines/1/quantity"]);
        Assert.Equal(new X12ElementLocation("N9", 18, 2, 127), sources["/lines/0/lot"]);
        Assert.Equal(new X12ElementLocation("G69", 21, 1, 369), sources["/lines/1/description"]);
        Assert.Equal(new X12ElementLocation("W76", 25, 1, 330), sources["/total"]);
    }

    [Fact]
    public void A_set_that_is_not_a_940_is_refused_by_the_mapper() =>
        Assert.Throws<ArgumentException>(() => Order940Mapper.Map(X12Sets.First(SampleFiles.Sample943)));

    [Fact]
    public void The_order_mapper_takes_940_only()
    {
        Assert.NotNull(X12OrderMapper.Map(X12Sets.First(SampleFiles.Order940Upc)));
        Assert.Null(X12OrderMapper.Map(X12Sets.First(SampleFiles.Sample943)));
        Assert.Equal("OW", X12OrderMapper.FunctionalGroups["940"]);
    }
}
