using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;
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

    [Fact]
    public void Map_Sample_ProducesNotice()
    {
        var result = Notice943Mapper.Map(X12Sets.First(SampleFiles.Sample943));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var notice = result.Document!;
        Assert.Equal(("ASN-943-1", NoticeType.Edi943, NoticePurpose.StockTransfer), (notice.NoticeNumber.Value, notice.SourceFormat, notice.Purpose));
        Assert.Equal(new DateOnly(2026, 1, 20), notice.ExpectedDate);
        Assert.Equal(("Demo Publisher Print Plant", "ABCD", "PO-7781"), (notice.ShipFrom, notice.Carrier, notice.Reference));
        Assert.Equal(
            [
                new InboundNoticeDocumentLine(1, Sku.Parse("BOOK-001"), Quantity.Of(24), UnitOfMeasure.Each, LotNumber.Parse("LOT-A1"), new DateOnly(2028, 1, 31)),
                new InboundNoticeDocumentLine(2, Sku.Parse("BOOK-002"), Quantity.Of(2), UnitOfMeasure.Case, null, null),
            ],
            notice.Lines);
    }

    [Fact]
    public void Map_WithoutG62Delivery_UsesShipDate() =>
        Assert.Equal(
            new DateOnly(2026, 1, 15),
            Notice943Mapper.Map(X12Sets.First(SampleFiles.Sample943.ReplaceOnce("G62*17*20260120~\n", string.Empty).ReplaceOnce("SE*12", "SE*11"))).Document!.ExpectedDate);

    [Fact]
    public void Map_UnknownProductQualifier_IsCode7OnThatElement()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("*SK*BOOK-001*EN*", "*SK*BOOK-001*ZZ*"));
        Assert.Equal(("W04", 7, SegmentSyntaxError.SegmentHasDataElementErrors), (error.SegmentId, error.Position, error.Code));
        var element = Assert.Single(error.Elements);
        Assert.Equal((6, 235, ElementSyntaxError.InvalidCodeValue, "ZZ"), (element.Position, element.ReferenceNumber!.Value, element.Code, element.BadValue));
        Assert.Contains("W0406", element.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_NegativeQuantity_IsCode6()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample943.ReplaceOnce("W04*2*CA", "W04*-2*CA")).Elements);
        Assert.Equal((1, 382, ElementSyntaxError.InvalidCharacter, "-2"), (element.Position, element.ReferenceNumber!.Value, element.Code, element.BadValue));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    [InlineData("two")]
    public void Map_QuantityNotAPositiveWholeNumber_IsCode6(string quantity)
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("W04*2*CA", $"W04*{quantity}*CA"));
        Assert.Equal((10, ElementSyntaxError.InvalidCharacter), (error.Position, Assert.Single(error.Elements).Code));
    }

    [Fact]
    public void Map_MissingNoticeNumber_IsCode1AtW0604()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("W06*N*PO-7781*20260115*ASN-943-1", "W06*N*PO-7781*20260115"));
        Assert.Equal(("W06", 2), (error.SegmentId, error.Position));
        var element = Assert.Single(error.Elements);
        Assert.Equal((4, 145, ElementSyntaxError.MandatoryElementMissing), (element.Position, element.ReferenceNumber!.Value, element.Code));
    }

    [Fact]
    public void Map_ImpossibleDate_IsCode8()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample943.ReplaceOnce("G62*36*20280131", "G62*36*20280230")).Elements);
        Assert.Equal((2, ElementSyntaxError.InvalidDate, "20280230"), (element.Position, element.Code, element.BadValue));
    }

    [Fact]
    public void Map_UnknownUnit_IsCode7OnW0402()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample943.ReplaceOnce("W04*2*CA", "W04*2*PL")).Elements);
        Assert.Equal((2, 355, ElementSyntaxError.InvalidCodeValue), (element.Position, element.ReferenceNumber!.Value, element.Code));
    }

    [Fact]
    public void Map_UnknownPartyQualifier_IsCode7OnN101()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("N1*ST*", "N1*XX*"));
        Assert.Equal(("N1", 4, 1, ElementSyntaxError.InvalidCodeValue), (error.SegmentId, error.Position, error.Elements[0].Position, error.Elements[0].Code));
    }

    [Fact]
    public void Map_LotQualifierOtherThanLtAfterW04_IsCode7()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("N9*LT*LOT-A1", "N9*XY*LOT-A1"));
        Assert.Equal(("N9", 8, 1), (error.SegmentId, error.Position, error.Elements[0].Position));
    }

    [Fact]
    public void Map_SkuWithForbiddenCharacter_IsCode6()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample943.ReplaceOnce("SK*BOOK-002", "SK*BOOK 002")).Elements);
        Assert.Equal((5, ElementSyntaxError.InvalidCharacter), (element.Position, element.Code));
    }

    [Fact]
    public void Map_W04WithoutSku_IsCode1()
    {
        var element = Assert.Single(SingleError(SampleFiles.Sample943.ReplaceOnce("W04*2*CA**SK*BOOK-002", "W04*2*CA**UP*036000291452")).Elements);
        Assert.Equal((5, ElementSyntaxError.MandatoryElementMissing), (element.Position, element.Code));
    }

    [Fact]
    public void Map_SegmentNotInProfile_IsSegmentCode6()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("W03*26", "ZZZ*26"));
        Assert.Equal(("ZZZ", 11, SegmentSyntaxError.SegmentNotInDefinedTransactionSet), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void Map_HeadingSegmentAfterLines_IsOutOfSequence()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("W03*26", "N1*ST*Late"));
        Assert.Equal(("N1", 11, SegmentSyntaxError.SegmentNotInProperSequence), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void Map_NoW06_IsMandatorySegmentMissing()
    {
        var error = SingleError(SampleFiles.Sample943.ReplaceOnce("W06*N*PO-7781*20260115*ASN-943-1~\n", string.Empty).ReplaceOnce("SE*12", "SE*11"));
        Assert.Equal(("W06", 2, SegmentSyntaxError.MandatorySegmentMissing), (error.SegmentId, error.Position, error.Code));
    }

    [Fact]
    public void Map_SeveralProblems_AreAllReported()
    {
        var text = SampleFiles.Sample943.ReplaceOnce("W04*24*EA", "W04*-1*XX").ReplaceOnce("G62*36*20280131", "G62*36*2028");
        var result = Notice943Mapper.Map(X12Sets.First(text));
        Assert.Equal([("W04", 7), ("G62", 9)], result.Errors.Select(e => (e.SegmentId, e.Position)));
        Assert.Equal([1, 2], result.Errors[0].Elements.Select(e => e.Position));
    }
}
