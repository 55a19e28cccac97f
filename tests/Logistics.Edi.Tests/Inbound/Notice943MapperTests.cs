using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Tests.Inbound;

public class Notice943MapperTests
{
    private static X12SegmentError SingleError(string interchange)
    {
        var result = Notice943Mapper.Map(X12Sets.First(interchange));
        Assert.Null(result.Document);
        return Assert.Single(result.Errors);
    }

    private static InboundNoticeDocument Map(params string[] body)
    {
        var result = Notice943Mapper.Map(X12Sets.First(X12Texts.Interchange("004010", X12Texts.Group("AR", "1", X12Texts.Set("943", "0001", body)))));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Document!;
    }

    [Fact]
    public void The_sample_maps_with_W0602_as_the_notice_number_and_W0604_as_the_shipment_id()
    {
        var result = Notice943Mapper.Map(X12Sets.First(SampleFiles.Sample943));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var notice = result.Document!;
        Assert.Equal(("PO-7781", "ASN-943-1", NoticeType.Edi943, NoticePurpose.StockTransfer, NoticeAction.Original),
            (notice.NoticeNumber.Value, notice.ShipmentId, notice.SourceFormat, notice.Purpose, notice.Action));
        Assert.Equal(new DateOnly(2026, 1, 20), notice.ExpectedDate);
        Assert.Equal(("Demo Publisher Print Plant", "ABCD", (string?)null), (notice.ShipFrom, notice.Carrier, notice.Reference));
        Assert.Equal(
            [
                new InboundNoticeDocumentLine(1, [ItemReference.Parse("SK", "BOOK-001") with { Location = new("W04", 7, 5, 234) }, ItemReference.Parse("EN", "9780306406157") with { Location = new("W04", 7, 7, 234) }], Quantity.Of(24), UnitOfMeasure.Each, LotNumber.Parse("LOT-A1"), new DateOnly(2028, 1, 31)),
                new InboundNoticeDocumentLine(2, [ItemReference.Parse("SK", "BOOK-002") with { Location = new("W04", 10, 5, 234) }], Quantity.Of(2), UnitOfMeasure.Case, null, null),
            ],
            notice.Lines);
        Assert.Equal(["BOOK-001", "BOOK-002"], notice.Lines.Select(l => l.Sku.Value));
    }

    [Fact]
    public void The_sample_records_where_each_value_was_read()
    {
        var sources = Notice943Mapper.Map(X12Sets.First(SampleFiles.Sample943)).Document!.Sources;
        Assert.Equal(new X12ElementLocation("W06", 2, 2, 285), sources["/noticeNumber"]);
        Assert.Equal(new X12ElementLocation("G62", 6, 2, 373), sources["/expectedDate"]);
        Assert.Equal(new X12ElementLocation("W04", 10, 1, 382), sources["/lines/1/quantity"]);
        Assert.Equal(new X12ElementLocation("W04", 10, 2, 355), sources["/lines/1/unit"]);
        Assert.Equal(new X12ElementLocation("N9", 8, 2, 127), sources["/lines/0/lot"]);
        Assert.Equal(new X12ElementLocation("G62", 9, 2, 373), sources["/lines/0/expiry"]);
        Assert.Equal(new X12ElementLocation("W04", 7, 1, null), sources["/lines/0"]);
    }

    [Fact]
    public void A_line_named_by_barcodes_only_has_no_SKU_until_resolved()
    {
        var notice = Map("W06*N*PO-1*20260115", "W04*3*EA**EN*4006381333931*UP*036000291452");

        var line = Assert.Single(notice.Lines);
        Assert.False(line.HasSku);
        Assert.False(notice.IsResolved);
        Assert.Equal([("EN", ItemIdKind.Barcode), ("UP", ItemIdKind.Barcode)], line.ItemIds.Select(i => (i.Qualifier, i.Kind)));
        Assert.Throws<InvalidOperationException>(() => line.Sku);
        Assert.Equal("DVD-1", (line with { Sku = Sku.Parse("DVD-1") }).Sku.Value);
    }

    [Theory]
    [InlineData("VN", ItemIdKind.Sku)]
    [InlineData("BP", ItemIdKind.Sku)]
    [InlineData("SK", ItemIdKind.Sku)]
    [InlineData("EA", ItemIdKind.Barcode)]
    [InlineData("UK", ItemIdKind.Barcode)]
    public void Each_qualifier_publishers_use_is_read_as_an_item_id(string qualifier, ItemIdKind kind)
    {
        var value = kind == ItemIdKind.Sku ? "BOOK-9" : "09780306406157";
        var line = Assert.Single(Map("W06*N*PO-1*20260115", $"W04*1*EA**{qualifier}*{value}").Lines);
        Assert.Equal((qualifier, kind), (line.ItemIds[0].Qualifier, line.ItemIds[0].Kind));
        Assert.Equal(kind == ItemIdKind.Sku, line.HasSku);
    }

    [Fact]
    public void A_UPC_is_looked_up_as_every_GTIN_length_of_the_same_number()
    {
        var id = Assert.Single(Assert.Single(Map("W06*N*PO-1*20260115", "W04*1*EA**UP*036000291452").Lines).ItemIds);
        Assert.Equal(["036000291452", "0036000291452", "00036000291452"], id.LookupCodes);
    }

    [Fact]
    public void An_ISBN_10_is_looked_up_as_its_ISBN_13_barcode_too()
    {
        var id = Assert.Single(Assert.Single(Map("W06*N*PO-1*20260115", "W04*1*EA**IB*0-306-40615-2").Lines).ItemIds);
        Assert.Contains("9780306406157", id.LookupCodes);
        Assert.Contains("0306406152", id.LookupCodes);
    }

    [Fact]
    public void N9_LI_numbers_the_lines_and_other_line_references_are_ignored()
    {
        var notice = Map("W06*N*PO-1*20260115", "W04*1*EA**SK*A", "N9*LI*10", "N9*PO*PO-77", "W04*2*EA**SK*B", "N9*LI*20", "N9*ZZ*whatever");
        Assert.Equal([10, 20], notice.Lines.Select(l => l.LineNumber));
    }

    [Fact]
    public void A_line_number_used_twice_is_reported_at_the_N9_that_repeats_it()
    {
        var text = X12Texts.Interchange("004010", X12Texts.Group("AR", "1", X12Texts.Set("943", "0001", "W06*N*PO-1*20260115", "W04*1*EA**SK*A", "N9*LI*2", "W04*2*EA**SK*B")));
        var error = SingleError(text);
        Assert.Equal(("N9", 4), (error.SegmentId, error.Position));
        Assert.Equal((2, 127, ElementSyntaxError.InvalidCodeValue, "2"), (error.Elements[0].Position, error.Elements[0].ReferenceNumber!.Value, error.Elements[0].Code, error.Elements[0].BadValue));
    }

    [Theory]
    [InlineData("24.0", 24)]
    [InlineData("24.00", 24)]
    [InlineData("1000000", 1_000_000)]
    public void A_whole_quantity_written_as_a_decimal_is_read(string quantity, int expected) =>
        Assert.Equal(expected, Assert.Single(Map("W06*N*PO-1*20260115", $"W04*{quantity}*EA**SK*A").Lines).Quantity.Units);

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    [InlineData("two")]
    [InlineData("1000001")]
    [InlineData("99999999999999999999999")]
    public void A_quantity_that_is_not_a_whole_number_from_1_to_a_million_is_code_6_at_W0401(string quantity)
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("W04*2*CA", $"W04*{quantity}*CA"));
        Assert.Equal(("W04", 10), (error.SegmentId, error.Position));
        Assert.Equal((1, 382, ElementSyntaxError.InvalidCharacter, quantity), (error.Elements[0].Position, error.Elements[0].ReferenceNumber!.Value, error.Elements[0].Code, error.Elements[0].BadValue));
    }

    [Fact]
    public void A_negative_quantity_is_code_6()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample943.ReplaceOnce("W04*2*CA", "W04*-2*CA")).Elements);
        Assert.Equal((1, 382, ElementSyntaxError.InvalidCharacter, "-2"), (element.Position, element.ReferenceNumber!.Value, element.Code, element.BadValue));
    }

    [Fact]
    public void A_delivery_G62_gives_the_expected_date_over_the_ship_date_and_unknown_qualifiers_are_ignored()
    {
        var notice = Map("W06*N*PO-1*20260115", "G62*11*20260116", "G62*BB*20260101", "G62*02*20260122", "G62*17*20260121", "W04*1*EA**SK*A");
        Assert.Equal(new DateOnly(2026, 1, 21), notice.ExpectedDate);
        Assert.Equal(new X12ElementLocation("G62", 6, 2, 373), notice.Sources["/expectedDate"]);
    }

    [Fact]
    public void Without_a_delivery_date_W0603_is_the_expected_date_and_without_it_a_ship_date()
    {
        Assert.Equal(new DateOnly(2026, 1, 15), Map("W06*N*PO-1*20260115", "G62*11*20260116", "W04*1*EA**SK*A").ExpectedDate);
        Assert.Equal(new DateOnly(2026, 1, 16), Map("W06*N*PO-1", "G62*11*20260116", "W04*1*EA**SK*A").ExpectedDate);
    }

    [Fact]
    public void A_943_without_any_date_is_missing_a_G62()
    {
        var error = SingleError(X12Texts.Interchange("004010", X12Texts.Group("AR", "1", X12Texts.Set("943", "0001", "W06*N*PO-1", "W04*1*EA**SK*A"))));
        Assert.Equal(("G62", SegmentSyntaxError.MandatorySegmentMissing), (error.SegmentId, error.Code));
    }

    [Fact]
    public void Common_optional_segments_are_read_and_ignored()
    {
        var notice = Map("W06*N*PO-1*20260115*SHP-1**PO-99", "N1*SF*Plant*92*P1", "N3*1 Main St", "N4*Springfield*IL*62701*US", "N1*BY*Buyer",
            "N9*BM*BOL-1", "PER*IC*Jane", "W27*M*ABCD", "NTE*GEN*fragile", "W04*1*EA**SK*A", "G69*Atlas", "W20*1", "W03*1*10*LB");
        Assert.Equal(("PO-99", "SHP-1", "Plant", "ABCD"), (notice.Reference, notice.ShipmentId, notice.ShipFrom, notice.Carrier));
    }

    [Fact]
    public void A_pair_with_an_unresolvable_qualifier_is_ignored_when_another_names_the_item()
    {
        var line = Assert.Single(Map("W06*N*PO-1*20260115", "W04*1*EA**SK*A*CB*CAT-77").Lines);
        Assert.Equal(["SK"], line.ItemIds.Select(i => i.Qualifier));
    }

    [Fact]
    public void A_line_with_only_an_unresolvable_qualifier_is_code_7_on_that_qualifier()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("W04*2*CA**SK*BOOK-002", "W04*2*CA**ZZ*BOOK-002"));
        Assert.Equal(("W04", 10, SegmentSyntaxError.SegmentHasDataElementErrors), (error.SegmentId, error.Position, error.Code));
        var element = Assert.Single(error.Elements);
        Assert.Equal((4, 235, ElementSyntaxError.InvalidCodeValue, "ZZ"), (element.Position, element.ReferenceNumber!.Value, element.Code, element.BadValue));
    }

    [Fact]
    public void A_line_without_any_item_id_is_code_1_at_W0405()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample943.ReplaceOnce("W04*2*CA**SK*BOOK-002", "W04*2*CA*036000291452")).Elements);
        Assert.Equal((5, ElementSyntaxError.MandatoryElementMissing), (element.Position, element.Code));
    }

    [Fact]
    public void A_mis_keyed_EAN_is_code_6_at_its_id_element()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample943.ReplaceOnce("EN*9780306406157", "EN*9780306406158")).Elements);
        Assert.Equal((7, 234, ElementSyntaxError.InvalidCharacter, "9780306406158"), (element.Position, element.ReferenceNumber!.Value, element.Code, element.BadValue));
        Assert.Contains("check digit", element.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_notice_number_is_code_1_at_W0602()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("W06*N*PO-7781*20260115*ASN-943-1", "W06*N**20260115*ASN-943-1"));
        Assert.Equal(("W06", 2), (error.SegmentId, error.Position));
        var element = Assert.Single(error.Elements);
        Assert.Equal((2, 285, ElementSyntaxError.MandatoryElementMissing), (element.Position, element.ReferenceNumber!.Value, element.Code));
    }

    [Fact]
    public void An_impossible_date_is_code_8()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample943.ReplaceOnce("G62*36*20280131", "G62*36*20280230")).Elements);
        Assert.Equal((2, ElementSyntaxError.InvalidDate, "20280230"), (element.Position, element.Code, element.BadValue));
    }

    [Fact]
    public void An_unknown_unit_is_code_7_on_W0402()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample943.ReplaceOnce("W04*2*CA", "W04*2*PL")).Elements);
        Assert.Equal((2, 355, ElementSyntaxError.InvalidCodeValue), (element.Position, element.ReferenceNumber!.Value, element.Code));
    }

    [Fact]
    public void A_SKU_with_a_forbidden_character_is_code_6()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample943.ReplaceOnce("SK*BOOK-002", "SK*BOOK 002")).Elements);
        Assert.Equal((5, ElementSyntaxError.InvalidCharacter), (element.Position, element.Code));
    }

    [Fact]
    public void A_segment_the_943_does_not_define_is_segment_code_6()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("W03*26", "ZZZ*26"));
        Assert.Equal(("ZZZ", 11, SegmentSyntaxError.SegmentNotInDefinedTransactionSet), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void A_heading_segment_after_the_lines_is_out_of_sequence()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("W03*26", "N1*ST*Late"));
        Assert.Equal(("N1", 11, SegmentSyntaxError.SegmentNotInProperSequence), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void A_943_without_W06_is_missing_a_mandatory_segment()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("W06*N*PO-7781*20260115*ASN-943-1~\n", string.Empty).ReplaceOnce("SE*12", "SE*11"));
        Assert.Equal(("W06", 2, SegmentSyntaxError.MandatorySegmentMissing), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void More_than_9999_lines_are_refused_once_at_the_first_line_too_many()
    {
        var lines = Enumerable.Range(1, NoticeLimits.MaxLines + 2).Select(i => $"W04*1*EA**SK*A-{i}");
        var result = Notice943Mapper.Map(X12Sets.First(X12Texts.Interchange("004010", X12Texts.Group("AR", "1", X12Texts.Set("943", "0001", ["W06*N*PO-1*20260115", .. lines])))));

        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("W04", 3 + NoticeLimits.MaxLines, SegmentSyntaxError.LoopOccursOverMaximum), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void Several_problems_are_all_reported_in_segment_order()
    {
        var text = SampleFiles.Sample943.ReplaceOnce("W04*24*EA", "W04*-1*XX").ReplaceOnce("G62*36*20280131", "G62*36*2028");
        var result = Notice943Mapper.Map(X12Sets.First(text));
        Assert.Equal([("W04", 7), ("G62", 9)], result.Errors.Select(e => (e.SegmentId, e.Position)));
        Assert.Equal([1, 2], result.Errors[0].Elements.Select(e => e.Position));
    }
}
