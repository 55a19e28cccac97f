using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;
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

    [Fact]
    public void Map_Sample_ProducesNotice()
    {
        var result = Notice856Mapper.Map(X12Sets.First(SampleFiles.Sample856));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var notice = result.Document!;
        Assert.Equal(("ASN-856-7", NoticeType.Edi856, NoticePurpose.ShipNotice), (notice.NoticeNumber.Value, notice.SourceFormat, notice.Purpose));
        Assert.Equal(new DateOnly(2026, 1, 21), notice.ExpectedDate);
        Assert.Equal(("Demo Publisher Distribution", "XPOL", "BOL-5521"), (notice.ShipFrom, notice.Carrier, notice.Reference));
        Assert.Equal(
            [
                new InboundNoticeDocumentLine(1, Sku.Parse("BOOK-001"), Quantity.Of(48), UnitOfMeasure.Each, LotNumber.Parse("LOT-B7"), new DateOnly(2029, 6, 30)),
                new InboundNoticeDocumentLine(2, Sku.Parse("MAG-2026-01"), Quantity.Of(3), UnitOfMeasure.Case, null, null),
            ],
            notice.Lines);
    }

    [Fact]
    public void Map_UnknownLinQualifier_IsCode7NamingTheElement()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("|LT|LOT-B7", "|QQ|LOT-B7"));
        Assert.Equal(("LIN", 11), (error.SegmentId, error.Position));
        var element = Assert.Single(error.Elements);
        Assert.Equal((6, 235, ElementSyntaxError.InvalidCodeValue, "QQ"), (element.Position, element.ReferenceNumber!.Value, element.Code, element.BadValue));
    }

    [Fact]
    public void Map_NegativeSn1Quantity_IsCode6()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("SN1||48|EA", "SN1||-48|EA"));
        Assert.Equal(("SN1", 12), (error.SegmentId, error.Position));
        Assert.Equal((2, 382, ElementSyntaxError.InvalidCharacter), (error.Elements[0].Position, error.Elements[0].ReferenceNumber!.Value, error.Elements[0].Code));
    }

    [Fact]
    public void Map_MissingSn1Unit_IsCode1()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample856.ReplaceOnce("SN1||3|CA", "SN1||3")).Elements);
        Assert.Equal((3, 355, ElementSyntaxError.MandatoryElementMissing), (element.Position, element.ReferenceNumber!.Value, element.Code));
    }

    [Fact]
    public void Map_UnknownHierarchicalLevel_IsCode7OnHl03()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("HL|2|1|O", "HL|2|1|X"));
        Assert.Equal(("HL", 8, 3, ElementSyntaxError.InvalidCodeValue), (error.SegmentId, error.Position, error.Elements[0].Position, error.Elements[0].Code));
    }

    [Fact]
    public void Map_UnknownParentId_IsReportedOnHl02()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("HL|4|2|I", "HL|4|9|I"));
        Assert.Equal(("HL", 14, 2), (error.SegmentId, error.Position, error.Elements[0].Position));
    }

    [Fact]
    public void Map_ItemLevelWithoutSn1_IsMandatorySegmentMissing()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("SN1||3|CA~\n", string.Empty).ReplaceOnce("SE|18", "SE|17"));
        Assert.Equal(("SN1", 15, SegmentSyntaxError.MandatorySegmentMissing), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void Map_UnknownDateQualifier_IsCode7()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("DTM|036|20290630", "DTM|999|20290630"));
        Assert.Equal(("DTM", 13, 1, ElementSyntaxError.InvalidCodeValue), (error.SegmentId, error.Position, error.Elements[0].Position, error.Elements[0].Code));
    }

    [Fact]
    public void Map_LinOutsideItemLevel_IsOutOfSequence()
    {
        var error = SingleError(SampleFiles.Sample856.ReplaceOnce("PRF|PO-9001", "LIN|9|SK|X"));
        Assert.Equal(("LIN", 9, SegmentSyntaxError.SegmentNotInProperSequence), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void Map_BadBsnTime_IsCode9()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample856.ReplaceOnce("BSN|00|ASN-856-7|20260116|1015", "BSN|00|ASN-856-7|20260116|2575")).Elements);
        Assert.Equal((4, ElementSyntaxError.InvalidTime), (element.Position, element.Code));
    }
}
