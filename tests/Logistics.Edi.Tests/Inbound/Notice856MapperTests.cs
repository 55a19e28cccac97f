using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Tests.Inbound;

public class Notice856MapperTests
{
    private static X12SegmentError SingleError(string interchange)
    {
        var result = Notice856Mapper.Map(X12Sets.First(interchange));
        Assert.Null(result.Document);
        return Assert.Single(result.Errors);
    }

    private static string Interchange(params string[] body) =>
        X12Texts.Interchange("005010", X12Texts.Group("SH", "1", X12Texts.Set("856", "0001", body)));

    private static InboundNoticeDocument Map(params string[] body)
    {
        var result = Notice856Mapper.Map(X12Sets.First(Interchange(body)));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Document!;
    }

    [Fact]
    public void The_sample_maps_to_its_notice()
    {
        var result = Notice856Mapper.Map(X12Sets.First(SampleFiles.Sample856));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var notice = result.Document!;
        Assert.Equal(("ASN-856-7", NoticeType.Edi856, NoticePurpose.ShipNotice, NoticeAction.Original), (notice.NoticeNumber.Value, notice.SourceFormat, notice.Purpose, notice.Action));
        Assert.Equal(new DateOnly(2026, 1, 21), notice.ExpectedDate);
        Assert.Equal(("Demo Publisher Distribution", "XPOL", "BOL-5521"), (notice.ShipFrom, notice.Carrier, notice.Reference));
        Assert.Equal([1, 2], notice.Lines.Select(l => l.LineNumber));
        Assert.Equal([("BOOK-001", 48, UnitOfMeasure.Each, "LOT-B7"), ("MAG-2026-01", 3, UnitOfMeasure.Case, (string?)null)],
            notice.Lines.Select(l => (l.Sku.Value, l.Quantity.Units, l.Unit, l.Lot?.Value)));
        Assert.Equal(new DateOnly(2029, 6, 30), notice.Lines[0].Expiry);
        Assert.Equal([("SK", "BOOK-001", 3), ("EN", "9780306406157", 5)], notice.Lines[0].ItemIds.Select(i => (i.Qualifier, i.Value, i.Location!.ElementPosition)));
        Assert.Equal(["VN", "UP"], notice.Lines[1].ItemIds.Select(i => i.Qualifier));
    }

    [Theory]
    [InlineData("00", NoticeAction.Original)]
    [InlineData("05", NoticeAction.Replace)]
    [InlineData("01", NoticeAction.Cancel)]
    public void BSN01_declares_the_purpose(string code, NoticeAction action)
    {
        var notice = Map($"BSN*{code}*ASN-1*20260115*1000", "HL*1**S", "HL*2*1*I", "LIN**SK*A", "SN1**1*EA");
        Assert.Equal(action, notice.Action);
        Assert.Equal(new X12ElementLocation("BSN", 2, 1, 353), notice.Sources["/purpose"]);
    }

    [Theory]
    [InlineData("04")]
    [InlineData("06")]
    [InlineData("07")]
    public void Any_other_purpose_code_is_code_7_at_BSN01(string code)
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("BSN|00|", $"BSN|{code}|"));
        Assert.Equal(("BSN", 2), (error.SegmentId, error.Position));
        Assert.Equal((1, 353, ElementSyntaxError.InvalidCodeValue, code), (error.Elements[0].Position, error.Elements[0].ReferenceNumber!.Value, error.Elements[0].Code, error.Elements[0].BadValue));
    }

    [Fact]
    public void A_cancellation_may_come_without_item_levels()
    {
        var notice = Map("BSN*01*ASN-1*20260115*1000", "HL*1**S");
        Assert.Equal((NoticeAction.Cancel, 0), (notice.Action, notice.Lines.Count));
    }

    [Fact]
    public void A_pick_and_pack_856_with_tare_and_pack_levels_reads_every_item_level()
    {
        var notice = Map(
            "BSN*00*ASN-9*20260115*1000*0001",
            "HL*1**S", "TD1*CTN25*3", "TD5**2*UPSN", "REF*BM*BOL-9", "REF*IA*VENDOR-7", "DTM*011*20260116", "DTM*017*20260119", "N1*ST*Warehouse", "N1*SU*Acme Print",
            "HL*2*1*O", "PRF*PO-55", "N1*BY*Store 1",
            "HL*3*2*T", "MAN*GM*00000000000000000017",
            "HL*4*3*P", "MAN*GM*00000000000000000024", "PO4*10",
            "HL*5*4*I", "LIN*10*BP*A-1*UP*036000291452*CB*CAT-1", "SN1**12*EA", "PID*F****Atlas", "REF*LT*lot-9", "DTM*036*20300101",
            "HL*6*4*I", "LIN*A7*IB*0306406152", "SN1**2.00*CT",
            "CTT*6");

        Assert.Equal(("ASN-9", new DateOnly(2026, 1, 19), "UPSN", "BOL-9", "Acme Print"), (notice.NoticeNumber.Value, notice.ExpectedDate, notice.Carrier, notice.Reference, notice.ShipFrom));
        Assert.Equal([10, 2], notice.Lines.Select(l => l.LineNumber));
        Assert.Equal(("LOT-9", new DateOnly(2030, 1, 1), 12), (notice.Lines[0].Lot!.Value, notice.Lines[0].Expiry!.Value, notice.Lines[0].Quantity.Units));
        Assert.Equal(["BP", "UP"], notice.Lines[0].ItemIds.Select(i => i.Qualifier));
        Assert.Equal((UnitOfMeasure.Case, 2, false), (notice.Lines[1].Unit, notice.Lines[1].Quantity.Units, notice.Lines[1].HasSku));
    }

    [Fact]
    public void Without_a_delivery_date_a_ship_date_beats_BSN03() =>
        Assert.Equal(new DateOnly(2026, 1, 17), Map("BSN*00*ASN-1*20260115*1000", "HL*1**S", "DTM*011*20260117", "HL*2*1*I", "LIN**SK*A", "SN1**1*EA").ExpectedDate);

    [Fact]
    public void An_unknown_item_id_qualifier_next_to_a_usable_one_is_ignored() =>
        Assert.Equal(["SK", "EN"], Map("BSN*00*ASN-1*20260115*1000", "HL*1**S", "HL*2*1*I", "LIN*1*SK*A*QQ*X*EN*4006381333931", "SN1**1*EA").Lines[0].ItemIds.Select(i => i.Qualifier));

    [Fact]
    public void A_LIN_with_only_unknown_qualifiers_is_code_7_at_the_first()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("LIN|2|VN|MAG-2026-01|UP|036000291452", "LIN|2|QQ|MAG-2026-01"));
        Assert.Equal(("LIN", 15), (error.SegmentId, error.Position));
        Assert.Equal((2, 235, ElementSyntaxError.InvalidCodeValue, "QQ"), (error.Elements[0].Position, error.Elements[0].ReferenceNumber!.Value, error.Elements[0].Code, error.Elements[0].BadValue));
    }

    [Fact]
    public void A_negative_SN1_quantity_is_code_6()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("SN1||48|EA", "SN1||-48|EA"));
        Assert.Equal(("SN1", 12), (error.SegmentId, error.Position));
        Assert.Equal((2, 382, ElementSyntaxError.InvalidCharacter), (error.Elements[0].Position, error.Elements[0].ReferenceNumber!.Value, error.Elements[0].Code));
    }

    [Fact]
    public void An_SN1_quantity_above_a_million_is_code_6()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("SN1||48|EA", "SN1||1000001|EA"));
        Assert.Equal(("SN1", 12, 2, ElementSyntaxError.InvalidCharacter, "1000001"), (error.SegmentId, error.Position, error.Elements[0].Position, error.Elements[0].Code, error.Elements[0].BadValue));
    }

    [Fact]
    public void A_missing_SN1_unit_is_code_1()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample856.ReplaceOnce("SN1||3|CA", "SN1||3")).Elements);
        Assert.Equal((3, 355, ElementSyntaxError.MandatoryElementMissing), (element.Position, element.ReferenceNumber!.Value, element.Code));
    }

    [Fact]
    public void An_unknown_hierarchical_level_is_code_7_on_HL03()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("HL|2|1|O", "HL|2|1|X"));
        Assert.Equal(("HL", 8, 3, ElementSyntaxError.InvalidCodeValue), (error.SegmentId, error.Position, error.Elements[0].Position, error.Elements[0].Code));
    }

    [Fact]
    public void An_unknown_parent_id_is_reported_on_HL02()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("HL|4|2|I", "HL|4|9|I"));
        Assert.Equal(("HL", 14, 2), (error.SegmentId, error.Position, error.Elements[0].Position));
    }

    [Fact]
    public void An_item_level_without_SN1_is_missing_a_mandatory_segment()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("SN1||3|CA~\n", string.Empty).ReplaceOnce("SE|18", "SE|17"));
        Assert.Equal(("SN1", 15, SegmentSyntaxError.MandatorySegmentMissing), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void A_malformed_date_qualifier_is_code_4_and_an_unknown_one_is_ignored()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("DTM|036|20290630", "DTM|36|20290630"));
        Assert.Equal(("DTM", 13, 1, ElementSyntaxError.TooShort), (error.SegmentId, error.Position, error.Elements[0].Position, error.Elements[0].Code));
        Assert.True(Notice856Mapper.Map(X12Sets.First(SampleFiles.Sample856.ReplaceOnce("DTM|036|20290630", "DTM|405|20251231"))).IsValid);
    }

    [Fact]
    public void A_LIN_outside_an_item_level_is_out_of_sequence()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("PRF|PO-9001", "LIN|9|SK|X"));
        Assert.Equal(("LIN", 9, SegmentSyntaxError.SegmentNotInProperSequence), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void A_bad_BSN_time_is_code_9()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample856.ReplaceOnce("BSN|00|ASN-856-7|20260116|1015", "BSN|00|ASN-856-7|20260116|2575")).Elements);
        Assert.Equal((4, ElementSyntaxError.InvalidTime), (element.Position, element.Code));
    }

    [Fact]
    public void A_LIN01_repeated_is_reported_at_the_second()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("LIN|2|VN", "LIN|1|VN"));
        Assert.Equal(("LIN", 15, 1, ElementSyntaxError.InvalidCodeValue), (error.SegmentId, error.Position, error.Elements[0].Position, error.Elements[0].Code));
    }

    [Fact]
    public void A_missing_lot_is_located_at_the_LIN_pair_that_should_carry_it()
    {
        var sources = Notice856Mapper.Map(X12Sets.First(SampleFiles.Sample856)).Document!.Sources;
        Assert.Equal(new X12ElementLocation("LIN", 11, 7, 234), sources["/lines/0/lot"]);
        Assert.Equal(new X12ElementLocation("LIN", 15, 6, 235), sources["/lines/1/lot"]);
        Assert.Equal(new X12ElementLocation("LIN", 15, 1, null), sources["/lines/1"]);
    }

    [Fact]
    public void More_than_9999_item_levels_are_refused_once_at_the_first_too_many()
    {
        var items = Enumerable.Range(1, NoticeLimits.MaxLines + 2).SelectMany(i => (string[])[$"HL*{i + 1}*1*I", $"LIN**SK*A-{i}", "SN1**1*EA"]);
        var result = Notice856Mapper.Map(X12Sets.First(Interchange(["BSN*00*ASN-1*20260115*1000", "HL*1**S", .. items])));

        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("HL", 4 + (3 * NoticeLimits.MaxLines), SegmentSyntaxError.LoopOccursOverMaximum), (error.SegmentId, error.Position, error.Code));
    }
}
