using Logistics.Domain.Items;
using Logistics.Domain.Returns;
using Logistics.Edi.Inbound;
using Logistics.Edi.Outbound;
using Logistics.Edi.Returns;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Tests.Returns;

public class Return180MapperTests
{
    /// <summary>The smallest return this warehouse takes: BGN (2) and one BLI (3).</summary>
    private static readonly string[] Minimal = ["BGN*00*RMA-1*20261120", "BLI*SK*A*1*EA"];

    private static string Interchange(string version, params string[] body) =>
        X12Texts.Interchange(version, X12Texts.Group("AN", "1", X12Texts.Set("180", "0001", body)));

    private static X12ReturnMappingResult MapText(string interchange) => X12ReturnMapper.Map(X12Sets.First(interchange))!;

    private static ReturnNoticeDocument Map(params string[] body)
    {
        var result = MapText(Interchange("004010", body));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Document!;
    }

    private static IReadOnlyList<X12SegmentError> Errors(params string[] body)
    {
        var result = MapText(Interchange("004010", body));
        Assert.Null(result.Document);
        Assert.NotEmpty(result.Errors);
        return result.Errors;
    }

    private static X12SegmentError SingleError(params string[] body) => Assert.Single(Errors(body));

    /// <summary>The one AK4 of a code-8 AK3, as (segment id, segment position, element position, element number, code).</summary>
    private static (string, int, int, int?, ElementSyntaxError) Ak4(X12SegmentError error)
    {
        Assert.Equal(SegmentSyntaxError.SegmentHasDataElementErrors, error.Code);
        var element = Assert.Single(error.Elements);
        return (error.SegmentId, error.Position, element.Position, element.ReferenceNumber, element.Code);
    }

    private static ItemReference Id(string qualifier, string value, string segment, int position, int element) =>
        ItemReference.Parse(qualifier, value) with { Location = new X12ElementLocation(segment, position, element, 234) };

    [Fact]
    public void Returns_travel_as_180_in_AN_groups()
    {
        Assert.Equal(["180"], X12ReturnMapper.Supported);
        Assert.Equal("AN", X12ReturnMapper.FunctionalGroups["180"]);
        Assert.Equal("180s in AN groups", X12ReturnMapper.Profile.Routing);
        Assert.Null(X12ReturnMapper.Map(X12Sets.First(X12Texts.Interchange("004010", X12Texts.Group("OW", "1", X12Texts.Set("940", "0001", "W05*N*A"))))));
    }

    [Fact]
    public void A_180_laid_out_as_a_published_3PL_guide_maps_every_line()
    {
        // Layout of the "180-CA-3PL" sample in Caudalie's 180 implementation guide (Stedi, X12 4010): heading RDR with
        // the authorization and the reason for all lines, PRF, DTM, N1 loops with a code and no name, BLI + QTY lines.
        var result = MapText(SampleFiles.Return180ThreePl);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var notice = result.Document!;
        Assert.Equal(("RC-26700", ReturnNoticeFormat.Edi180, NoticeAction.Original, (DateOnly?)new DateOnly(2026, 11, 25)),
            (notice.ReturnNumber, notice.SourceFormat, notice.Action, notice.ExpectedDate));
        Assert.Equal(new Party("HARBOUR-BOOKS", "HARBOUR-BOOKS", [], null, null, null, null), notice.ReturnFrom);
        Assert.Equal(((Party?)null, (Party?)null), (notice.Pickup, notice.Supplier));
        Assert.Equal(
            [
                new ReturnNoticeDocumentLine(1, [Id("VN", "BOOK-001", "BLI", 9, 2)], Quantity.Of(12), UnitOfMeasure.Each, null, ReturnReason.Unsold)
                {
                    ReasonText = "B2B-Store", OriginalOrderNumber = "SO-4471",
                },
                new ReturnNoticeDocumentLine(2, [Id("VN", "BOOK-002", "BLI", 11, 2)], Quantity.Of(1), UnitOfMeasure.Case, null, ReturnReason.Damaged)
                {
                    ReasonText = "Water damage", RequestedDisposition = ReturnDisposition.Scrap, OriginalOrderNumber = "SO-4471",
                },
                new ReturnNoticeDocumentLine(3, [Id("UP", "036000291452", "BLI", 14, 2)], Quantity.Of(3), UnitOfMeasure.Each, LotNumber.Parse("LOT-A1"), ReturnReason.Unsold)
                {
                    ReasonText = "B2B-Store", OriginalOrderNumber = "SO-4471",
                },
            ],
            notice.Lines);
        Assert.Equal(Sku.Parse("BOOK-001"), notice.Lines[0].Sku);
        Assert.False(notice.IsResolved);
    }

    [Fact]
    public void A_005010_partner_variant_maps_pickup_supplier_line_numbers_and_quantities_from_QTY()
    {
        var result = MapText(SampleFiles.Return180Version5010);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var notice = result.Document!;
        Assert.Equal(("BH-RMA-0042", NoticeAction.Replace, (DateOnly?)new DateOnly(2026, 11, 24)), (notice.ReturnNumber, notice.Action, notice.ExpectedDate));
        Assert.Equal(new Party("City Library", null, ["1 Library Square"], "Springfield", "IL", "62701", "US"), notice.ReturnFrom);
        Assert.Equal(
            new Party("City Library loading bay", null, ["1 Library Square", "Rear entrance"], "Springfield", "IL", "62701", "US")
            {
                Contact = new Contact("Jo Porter", "2175550100", null),
            },
            notice.Pickup);
        Assert.Equal(new Party("Demo Print Plant", "PLANT1", ["1 Press Road"], "Leeds", null, "LS1 1AA", "GB"), notice.Supplier);
        Assert.Equal(
            [
                new ReturnNoticeDocumentLine(1, [Id("EN", "9780306406157", "BLI", 16, 2), Id("IB", "0306406152", "BLI", 16, 9)], Quantity.Of(5), UnitOfMeasure.Each, LotNumber.Parse("LOT-B7"), ReturnReason.WrongItem)
                {
                    ReasonText = "Sent the hardback instead of the paperback", RequestedDisposition = ReturnDisposition.Hold, OriginalOrderNumber = "BH-77-0003",
                },
                new ReturnNoticeDocumentLine(2, [Id("SK", "BOOK-009", "BLI", 20, 2)], Quantity.Of(2), UnitOfMeasure.Each, null, ReturnReason.Expired)
                {
                    OriginalOrderNumber = "BH-77-0003",
                },
            ],
            notice.Lines);
    }

    [Fact]
    public void Where_each_value_was_read_is_kept_for_later_faults()
    {
        var sources = MapText(SampleFiles.Return180Version5010).Document!.Sources;

        Assert.Equal(new X12ElementLocation("BGN", 2, 2, 127), sources["/returnNumber"]);
        Assert.Equal(new X12ElementLocation("DTM", 3, 2, 373), sources["/expectedDate"]);
        Assert.Equal(new X12ElementLocation("N4", 10, 1, 19), sources["/pickup/city"]);
        Assert.Equal(new X12ElementLocation("LX", 15, 1, 554), sources["/lines/0/lineNumber"]);
        Assert.Equal(new X12ElementLocation("N9", 17, 2, 127), sources["/lines/0/lot"]);
        Assert.Equal(new X12ElementLocation("RDR", 18, 2, 1293), sources["/lines/0/reason"]);
        Assert.Equal(new X12ElementLocation("RDR", 18, 1, 1292), sources["/lines/0/requestedDisposition"]);
        Assert.Equal(new X12ElementLocation("N9", 4, 2, 127), sources["/lines/1/originalOrderNumber"]);
        Assert.Equal(new X12ElementLocation("QTY", 22, 2, 380), sources["/lines/1/quantity"]);
        Assert.Equal(new X12ElementLocation("BLI", 20, 1, null), sources["/lines/1"]);
    }

    [Theory]
    [InlineData("\n", "\r\n")]
    [InlineData("~\n", "~")]
    [InlineData("~\n", "~\r\n")]
    public void Line_endings_do_not_change_the_notice(string from, string to)
    {
        var original = MapText(SampleFiles.Return180ThreePl).Document!;
        var variant = MapText(SampleFiles.Return180ThreePl.Replace(from, to, StringComparison.Ordinal)).Document!;

        Assert.Equal(original.Lines, variant.Lines);
        Assert.Equal(original.ReturnFrom, variant.ReturnFrom);
    }

    [Fact]
    public void The_same_notice_reads_the_same_in_004010_and_005010_and_with_other_delimiters()
    {
        string[] body = ["BGN*00*RMA-9*20261120", "N1*SF*Shop", "BLI*EN*9780306406157*2*EA*UCP*3.5**SK*BOOK-1", "N9*LT*L1", "RDR*KA*EO"];
        var v4010 = MapText(Interchange("004010", body)).Document!;
        var v5010 = MapText(Interchange("005010", body)).Document!;
        var pipes = MapText(Interchange("004010", body).Replace('*', '|').Replace('~', '\n')).Document!;

        Assert.Equal(v4010.Lines, v5010.Lines);
        Assert.Equal(v4010.Lines, pipes.Lines);
        var line = v4010.Lines[0];
        Assert.Equal((Sku.Parse("BOOK-1"), ReturnReason.Unsold, (ReturnDisposition?)ReturnDisposition.Restock), (line.Sku, line.Reason, line.RequestedDisposition));
    }

    [Fact]
    public void Optional_segments_may_all_be_absent()
    {
        var notice = Map(Minimal);

        Assert.Equal(("RMA-1", (DateOnly?)null, (Party?)null), (notice.ReturnNumber, notice.ExpectedDate, notice.ReturnFrom));
        var line = Assert.Single(notice.Lines);
        Assert.Equal((1, ReturnReason.Other, (string?)null, (ReturnDisposition?)null, (string?)null), (line.LineNumber, line.Reason, line.ReasonText, line.RequestedDisposition, line.OriginalOrderNumber));
    }

    [Fact]
    public void A_line_named_by_barcode_only_waits_for_the_item_master()
    {
        var line = Assert.Single(Map("BGN*00*RMA-1*20261120", "BLI*UP*036000291452*1*EA****UK*10036000291459").Lines);

        Assert.Null(line.Sku);
        Assert.Equal(["UP", "UK"], line.ItemIds.Select(i => i.Qualifier));
    }

    [Fact]
    public void Unresolvable_ids_beside_a_resolvable_one_are_ignored_and_an_LT_pair_gives_the_lot()
    {
        var line = Assert.Single(Map("BGN*00*RMA-1*20261120", "BLI*CB*CAT-7*1*EA****LT*LOT-9*SK*A").Lines);

        Assert.Equal(["SK"], line.ItemIds.Select(i => i.Qualifier));
        Assert.Equal(LotNumber.Parse("LOT-9"), line.Lot);
    }

    [Fact]
    public void An_unmapped_reason_code_is_other_with_the_partner_text_or_code_kept()
    {
        var notice = Map("BGN*00*RMA-1*20261120", "BLI*SK*A*1*EA", "RDR**CV", "BLI*SK*B*1*EA", "RDR**PF**Too small");

        Assert.Equal((ReturnReason.Other, "Return reason code CV"), (notice.Lines[0].Reason, notice.Lines[0].ReasonText));
        Assert.Equal((ReturnReason.Other, "Too small"), (notice.Lines[1].Reason, notice.Lines[1].ReasonText));
    }

    [Theory]
    [InlineData("DA", ReturnReason.Damaged)]
    [InlineData("DT", ReturnReason.Damaged)]
    [InlineData("DR", ReturnReason.Damaged)]
    [InlineData("WG", ReturnReason.WrongItem)]
    [InlineData("CO", ReturnReason.WrongItem)]
    [InlineData("EI", ReturnReason.Unsold)]
    [InlineData("SR", ReturnReason.Unsold)]
    [InlineData("BC", ReturnReason.Expired)]
    [InlineData("SD", ReturnReason.Expired)]
    public void Reason_codes_map_to_the_warehouse_reasons(string code, ReturnReason reason) =>
        Assert.Equal(reason, Map("BGN*00*RMA-1*20261120", $"RDR**{code}", "BLI*SK*A*1*EA").Lines[0].Reason);

    [Theory]
    [InlineData("KA", ReturnDisposition.Restock)]
    [InlineData("RP", ReturnDisposition.Hold)]
    [InlineData("RF", ReturnDisposition.ReturnToSupplier)]
    [InlineData("DI", ReturnDisposition.Scrap)]
    [InlineData("RA", null)]
    public void Disposition_codes_map_to_a_requested_disposition_or_none(string code, ReturnDisposition? disposition) =>
        Assert.Equal(disposition, Map("BGN*00*RMA-1*20261120", "BLI*SK*A*1*EA", $"RDR*{code}").Lines[0].RequestedDisposition);

    [Fact]
    public void A_line_RDR_and_order_reference_override_the_heading()
    {
        var notice = Map("BGN*00*RMA-1*20261120", "RDR*DI*DA", "PRF*PO-1", "BLI*SK*A*1*EA", "N9*CO*SO-7", "BLI*SK*B*1*EA", "RDR*KA*EO", "PRF*SO-8", "N9*OQ*SO-9");

        Assert.Equal((ReturnReason.Damaged, (ReturnDisposition?)ReturnDisposition.Scrap, "SO-7"), (notice.Lines[0].Reason, notice.Lines[0].RequestedDisposition, notice.Lines[0].OriginalOrderNumber));
        Assert.Equal((ReturnReason.Unsold, (ReturnDisposition?)ReturnDisposition.Restock, "SO-9"), (notice.Lines[1].Reason, notice.Lines[1].RequestedDisposition, notice.Lines[1].OriginalOrderNumber));
    }

    [Fact]
    public void The_best_dated_qualifier_gives_the_expected_date()
    {
        Assert.Equal(new DateOnly(2026, 11, 27), Map(["DTM*011*20261121", "DTM*097*20261120", "DTM*002*20261127", "DTM*118*20261123", .. Minimal]).ExpectedDate);
        Assert.Equal(new DateOnly(2026, 11, 23), Map(["DTM*097*20261120", "DTM*011*20261121", "DTM*118*20261123", .. Minimal]).ExpectedDate);
        Assert.Equal(new DateOnly(2026, 11, 30), Map(["DTM*017****D8*20261130", .. Minimal]).ExpectedDate);
    }

    [Fact]
    public void A_party_returning_goods_is_the_best_ranked_role()
    {
        var notice = Map("BGN*00*RMA-1*20261120", "N1*BY*Retail Chain", "N1*SF*Store 12", "N1*VN*Vendor Co", "N1*ST*Our warehouse", "BLI*SK*A*1*EA");

        Assert.Equal(("Store 12", "Vendor Co"), (notice.ReturnFrom!.Name, notice.Supplier!.Name));
    }

    [Fact]
    public void A_cancellation_needs_no_lines()
    {
        var notice = Map("BGN*01*RMA-1*20261120");

        Assert.Equal(NoticeAction.Cancel, notice.Action);
        Assert.Empty(notice.Lines);
    }

    [Theory]
    [InlineData("BGN*00*RMA-1*20261120", "BGN*02*RMA-1*20261120", "BGN", 2, 1, 353, ElementSyntaxError.InvalidCodeValue)]
    [InlineData("BGN*00*RMA-1*20261120", "BGN*00**20261120", "BGN", 2, 2, 127, ElementSyntaxError.MandatoryElementMissing)]
    [InlineData("BGN*00*RMA-1*20261120", "BGN*00*RMA/1*20261120", "BGN", 2, 2, 127, ElementSyntaxError.InvalidCharacter)]
    [InlineData("BGN*00*RMA-1*20261120", "BGN*00*RMA-1234567890123456789012345678*20261120", "BGN", 2, 2, 127, ElementSyntaxError.TooLong)]
    [InlineData("BGN*00*RMA-1*20261120", "BGN*00*RMA-1*20261131", "BGN", 2, 3, 373, ElementSyntaxError.InvalidDate)]
    [InlineData("BLI*SK*A*1*EA", "BLI*SK*A*0*EA", "BLI", 3, 3, 380, ElementSyntaxError.InvalidCharacter)]
    [InlineData("BLI*SK*A*1*EA", "BLI*SK*A*1.5*EA", "BLI", 3, 3, 380, ElementSyntaxError.InvalidCharacter)]
    [InlineData("BLI*SK*A*1*EA", "BLI*SK*A*1000001*EA", "BLI", 3, 3, 380, ElementSyntaxError.InvalidCharacter)]
    [InlineData("BLI*SK*A*1*EA", "BLI*SK*A*1*PL", "BLI", 3, 4, 355, ElementSyntaxError.InvalidCodeValue)]
    [InlineData("BLI*SK*A*1*EA", "BLI*SK*A*1", "BLI", 3, 4, 355, ElementSyntaxError.MandatoryElementMissing)]
    [InlineData("BLI*SK*A*1*EA", "BLI*SK*A", "BLI", 3, 3, 380, ElementSyntaxError.MandatoryElementMissing)]
    [InlineData("BLI*SK*A*1*EA", "BLI*CB*CAT-7*1*EA", "BLI", 3, 1, 235, ElementSyntaxError.InvalidCodeValue)]
    [InlineData("BLI*SK*A*1*EA", "BLI*UP*036000291453*1*EA", "BLI", 3, 2, 234, ElementSyntaxError.InvalidCharacter)]
    [InlineData("BLI*SK*A*1*EA", "BLI*SK*A B*1*EA", "BLI", 3, 2, 234, ElementSyntaxError.InvalidCharacter)]
    [InlineData("BLI*SK*A*1*EA", "BLI*SK*A*1*EA****EN", "BLI", 3, 9, 234, ElementSyntaxError.MandatoryElementMissing)]
    [InlineData("BLI*SK*A*1*EA", "BLI*SK*A*1*EA*****B", "BLI", 3, 8, 235, ElementSyntaxError.MandatoryElementMissing)]
    [InlineData("BLI*SK*A*1*EA", "BLI*SK*A*1*EA*N9", "BLI", 3, 1, 235, ElementSyntaxError.InvalidCodeValue)]
    public void Each_bad_element_is_reported_at_its_segment_and_element(string from, string to, string segment, int position, int element, int? reference, ElementSyntaxError code)
    {
        var body = Minimal.Select(s => s == from ? to : s).ToArray();
        if (to.EndsWith("*N9", StringComparison.Ordinal))
        {
            // Not a BLI fault: an N9 with a bad lot after a sound BLI is reported at the N9.
            body = [.. Minimal, "N9*LT*LOT A"];
            (segment, position, element, reference, code) = ("N9", 4, 2, 127, ElementSyntaxError.InvalidCharacter);
        }

        Assert.Equal((segment, position, element, reference, code), Ak4(SingleError(body)));
    }

    [Theory]
    [InlineData("N9*OQ*SO 1", "N9", 2, 127, ElementSyntaxError.InvalidCharacter)]
    [InlineData("N9*LT*L1~N9*LT*L2", "N9", 2, 127, ElementSyntaxError.InvalidCodeValue)]
    [InlineData("N9*LI*0", "N9", 2, 127, ElementSyntaxError.InvalidCharacter)]
    [InlineData("PRF**1", "PRF", 1, 324, ElementSyntaxError.MandatoryElementMissing)]
    [InlineData("RDR*DI*DA*ZZZ", "RDR", 3, 1294, ElementSyntaxError.TooLong)]
    [InlineData("RDR*DI*DA**x*Q", "RDR", 5, 1073, ElementSyntaxError.InvalidCodeValue)]
    [InlineData("QTY*38*2*PL", "QTY", 3, 355, ElementSyntaxError.InvalidCodeValue)]
    [InlineData("DTM*017*20261199", "DTM", 2, 373, ElementSyntaxError.InvalidDate)]
    [InlineData("LX*0", "LX", 1, 554, ElementSyntaxError.InvalidCharacter)]
    public void Each_bad_element_in_a_line_loop_is_reported_where_it_stands(string segments, string segment, int element, int? reference, ElementSyntaxError code)
    {
        var extra = segments.Split('~');
        var body = segment == "QTY" ? ["BGN*00*RMA-1*20261120", "BLI*SK*A", .. extra] : segment == "LX" ? [.. Minimal, "QTY*38*1", .. extra] : (string[])[.. Minimal, .. extra];
        var error = SingleError(body);

        Assert.Equal((segment, element, reference, code), (error.SegmentId, Ak4(error).Item3, Ak4(error).Item4, Ak4(error).Item5));
        Assert.Equal(body.Length + 1, error.Position);
    }

    [Fact]
    public void A_reason_text_longer_than_RDR04_allows_is_refused() =>
        Assert.Equal(("RDR", 4, 4, 352, ElementSyntaxError.TooLong), Ak4(SingleError([.. Minimal, $"RDR**DA**{new string('x', 81)}"])));

    [Fact]
    public void A_pickup_address_needs_its_street_and_city()
    {
        var errors = Errors(["BGN*00*RMA-1*20261120", "N1*PW*Loading bay", "BLI*SK*A*1*EA"]);

        Assert.Equal([("N3", SegmentSyntaxError.MandatorySegmentMissing), ("N4", SegmentSyntaxError.MandatorySegmentMissing)], errors.Select(e => (e.SegmentId, e.Code)));
        Assert.Contains("pick-up address (N1*PW, segment 3)", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_party_needs_a_name_or_a_code()
    {
        Assert.Equal(("N1", 3, 2, 93, ElementSyntaxError.MandatoryElementMissing), Ak4(SingleError("BGN*00*RMA-1*20261120", "N1*SF", "BLI*SK*A*1*EA")));
        Assert.Equal("0336", Map("BGN*00*RMA-1*20261120", "N1*SF**92*0336", "BLI*SK*A*1*EA").ReturnFrom!.Name);
    }

    [Theory]
    [InlineData(new[] { "BLI*SK*A*1*EA" }, "BGN", 2, SegmentSyntaxError.MandatorySegmentMissing)]
    [InlineData(new[] { "BGN*00*RMA-1*20261120" }, "BLI", 3, SegmentSyntaxError.MandatorySegmentMissing)]
    [InlineData(new[] { "BGN*00*RMA-1*20261120", "BLI*SK*A*1*EA", "BGN*00*RMA-2*20261120" }, "BGN", 4, SegmentSyntaxError.SegmentNotInProperSequence)]
    [InlineData(new[] { "BGN*00*RMA-1*20261120", "BLI*SK*A*1*EA", "W04*1*EA**SK*A" }, "W04", 4, SegmentSyntaxError.SegmentNotInDefinedTransactionSet)]
    [InlineData(new[] { "BGN*00*RMA-1*20261120", "BLI*SK*A*1*EA", "RDR**DA", "RDR**WG" }, "RDR", 5, SegmentSyntaxError.SegmentExceedsMaximumUse)]
    [InlineData(new[] { "BGN*00*RMA-1*20261120", "RDR**DA", "RDR**WG", "BLI*SK*A*1*EA" }, "RDR", 4, SegmentSyntaxError.SegmentExceedsMaximumUse)]
    [InlineData(new[] { "BGN*00*RMA-1*20261120", "N3*1 Main St", "BLI*SK*A*1*EA" }, "N3", 3, SegmentSyntaxError.SegmentNotInProperSequence)]
    [InlineData(new[] { "BGN*00*RMA-1*20261120", "N1*SF*A", "N4*Town", "N4*Town", "BLI*SK*A*1*EA" }, "N4", 5, SegmentSyntaxError.SegmentExceedsMaximumUse)]
    [InlineData(new[] { "BGN*00*RMA-1*20261120", "QTY*38*1*EA", "BLI*SK*A*1*EA" }, "QTY", 3, SegmentSyntaxError.SegmentNotInProperSequence)]
    public void Each_misplaced_or_missing_segment_is_named(string[] body, string segment, int position, SegmentSyntaxError code)
    {
        var error = SingleError(body);

        Assert.Equal((segment, position, code), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void An_LX_that_numbers_no_BLI_is_a_missing_BLI()
    {
        var errors = Errors("BGN*00*RMA-1*20261120", "BLI*SK*A*1*EA", "LX*2", "N9*LT*L1");

        var error = Assert.Single(errors);
        Assert.Equal(("BLI", 5, SegmentSyntaxError.MandatorySegmentMissing), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void An_LX_inside_a_QTY_loop_is_the_unit_level_whose_lot_belongs_to_the_line()
    {
        var line = Assert.Single(Map("BGN*00*RMA-1*20261120", "BLI*SK*A*2*EA", "QTY*38*2", "LX*1", "N9*SN*S-1", "N9*LT*L1", "LX*2", "N9*SN*S-2").Lines);

        Assert.Equal((1, LotNumber.Parse("L1")), (line.LineNumber, line.Lot));
    }

    [Fact]
    public void A_party_role_given_twice_is_refused_at_N101() =>
        Assert.Equal(("N1", 4, 1, 98, ElementSyntaxError.InvalidCodeValue), Ak4(SingleError("BGN*00*RMA-1*20261120", "N1*SF*A", "N1*SF*B", "BLI*SK*A*1*EA")));

    [Fact]
    public void Line_numbers_given_twice_are_refused_where_the_second_is_given()
    {
        var error = SingleError("BGN*00*RMA-1*20261120", "BLI*SK*A*1*EA", "N9*LI*7", "BLI*SK*B*1*EA", "N9*LI*7");

        Assert.Equal(("N9", 6, 2, 127, ElementSyntaxError.InvalidCodeValue), Ak4(error));
    }

    [Fact]
    public void A_notice_of_more_than_9999_lines_is_refused_once_at_the_first_line_too_many()
    {
        var body = new List<string> { "BGN*00*RMA-1*20261120" };
        for (var i = 1; i <= NoticeLimits.MaxLines + 2; i++)
        {
            body.Add($"BLI*SK*A-{i}*1*EA");
            body.Add($"N9*LI*{i}");
        }

        var error = SingleError([.. body]);

        Assert.Equal(("BLI", 2 + (2 * NoticeLimits.MaxLines) + 1, SegmentSyntaxError.LoopOccursOverMaximum), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void All_faults_are_reported_together_in_segment_order()
    {
        var errors = Errors("BGN*09*RMA-1*20261120", "BLI*SK*A*0*EA", "FOO*1", "BLI*SK*B*1*XX");

        Assert.Equal([("BGN", 2), ("BLI", 3), ("FOO", 4), ("BLI", 5)], errors.Select(e => (e.SegmentId, e.Position)));
    }
}
