using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Tests.X12;

public class X12ReaderTests
{
    [Fact]
    public void Read_Sample943_ParsesEnvelopesAndPositions()
    {
        var result = X12Reader.Read(SampleFiles.Sample943);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var interchange = result.Interchange!;
        Assert.Equal(new X12Delimiters('*', null, '>', '~'), interchange.Delimiters);
        Assert.Equal(("DEMOPUB", "LOGISTICS3PL", "000000101", "00401"), (interchange.Header.SenderId, interchange.Header.ReceiverId, interchange.Header.ControlNumber, interchange.Header.Version));
        var group = Assert.Single(interchange.Groups);
        Assert.Equal(("AR", "101", "004010"), (group.FunctionalIdCode, group.ControlNumber, group.Version));
        var set = Assert.Single(group.TransactionSets);
        Assert.Equal(("943", "0001", 12), (set.IdCode, set.ControlNumber, set.Segments.Count));
        Assert.Equal(Enumerable.Range(1, 12), set.Segments.Select(s => s.Position));
        Assert.Equal("W04", set.Segments[6].Id);
        Assert.Equal("BOOK-001", set.Segments[6][5]);
        Assert.Equal(string.Empty, set.Segments[6][3]);
        Assert.Equal(string.Empty, set.Segments[6][42]);
    }

    [Fact]
    public void Read_Sample856_ReadsCustomSeparatorsAndRepetitionFrom5010Isa()
    {
        var result = X12Reader.Read(SampleFiles.Sample856);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(new X12Delimiters('|', '^', ':', '~'), result.Interchange!.Delimiters);
        Assert.Equal(18, result.Interchange.Groups[0].TransactionSets[0].Segments.Count);
    }

    [Fact]
    public void Read_ExoticDelimitersWithoutLineBreaks_AreTakenFromIsa()
    {
        var text = SampleFiles.Sample943.Replace("\n", string.Empty, StringComparison.Ordinal)
            .Replace('*', '!').Replace('~', '\'').Replace("!>'", "!}'", StringComparison.Ordinal);

        var result = X12Reader.Read(text);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(new X12Delimiters('!', null, '}', '\''), result.Interchange!.Delimiters);
        Assert.Equal("ASN-943-1", result.Interchange.Groups[0].TransactionSets[0].Segments[1][4]);
    }

    [Fact]
    public void Read_NewlineAsSegmentTerminator_ReadsEverySegment()
    {
        var text = SampleFiles.Sample943.Replace("~\n", "\n", StringComparison.Ordinal);

        var result = X12Reader.Read(text);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal('\n', result.Interchange!.Delimiters.Segment);
        Assert.Equal(12, result.Interchange.Groups[0].TransactionSets[0].Segments.Count);
    }

    [Fact]
    public void Read_CarriageReturnLineFeedTerminators_ReadEverySegment()
    {
        var result = X12Reader.Read(SampleFiles.Sample943.Replace("~\n", "\r\n", StringComparison.Ordinal));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("W04", result.Interchange!.Groups[0].TransactionSets[0].Segments[6].Id);
    }

    [Fact]
    public void Read_TA1InTheInterchange_IsKeptApartFromTheGroups()
    {
        var result = X12Reader.Read(SampleFiles.Sample943.ReplaceOnce("*>~\nGS*", "*>~\nTA1*000000007*260114*1200*A*000~\nGS*"));
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("000000007", Assert.Single(result.Interchange!.InterchangeAcknowledgments)[1]);
        Assert.False(result.Interchange.IsAcknowledgmentOnly);
    }

    [Fact]
    public void Read_St03_IsKeptAsTheImplementationConvention() =>
        Assert.Equal("005010X1", X12Sets.First(SampleFiles.Sample856.ReplaceOnce("ST|856|0002", "ST|856|0002|005010X1")).ImplementationConvention);

    [Theory]
    [InlineData("", "022")]
    [InlineData("GS*AR*X~", "022")]
    [InlineData("ISA*00*    *00*", "022")]
    public void Read_NotAnIsa_IsUnreadable(string text, string code)
    {
        var result = X12Reader.Read(text);
        Assert.True(result.IsUnreadable);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("ISA", code), (error.SegmentId, error.Code.ToString("000", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Read_IsaFieldOfWrongWidth_NamesTheElement()
    {
        var text = SampleFiles.Sample943.ReplaceOnce("*ZZ*DEMOPUB        *", "*ZZ*DEMOPUB       *");
        var result = X12Reader.Read(text);
        var error = Assert.Single(result.Errors);
        Assert.True(result.IsUnreadable);
        Assert.Equal(("ISA", 6, (int)InterchangeNoteCode.InvalidControlStructure), (error.SegmentId, error.ElementPosition!.Value, error.Code));
        Assert.Contains("ISA06 must be exactly 15 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ComponentSeparatorSameAsElementSeparator_IsUnreadable()
    {
        var text = SampleFiles.Sample943.ReplaceOnce("*T*>~", "*T**~");
        var error = Assert.Single(X12Reader.Read(text).Errors);
        Assert.Equal(((int)InterchangeNoteCode.InvalidComponentSeparator, 16), (error.Code, error.ElementPosition!.Value));
    }

    [Fact]
    public void Read_BadIsaDate_IsReportedButReadable()
    {
        var result = X12Reader.Read(SampleFiles.Sample943.ReplaceOnce("*260115*0930*", "*261315*0930*"));
        Assert.False(result.IsUnreadable);
        var error = Assert.Single(result.Errors);
        Assert.Equal(((int)InterchangeNoteCode.InvalidDate, 9), (error.Code, error.ElementPosition!.Value));
    }

    [Fact]
    public void Read_IeaControlNumberMismatch_IsInterchangeError001()
    {
        var result = X12Reader.Read(SampleFiles.Sample943.ReplaceOnce("IEA*1*000000101", "IEA*1*000000999"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("IEA", 2, (int)InterchangeNoteCode.ControlNumberMismatch), (error.SegmentId, error.ElementPosition!.Value, error.Code));
    }

    [Fact]
    public void Read_IeaGroupCountWrong_IsInterchangeError021()
    {
        var result = X12Reader.Read(SampleFiles.Sample943.ReplaceOnce("IEA*1*", "IEA*2*"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("IEA", 1, (int)InterchangeNoteCode.InvalidGroupCount), (error.SegmentId, error.ElementPosition!.Value, error.Code));
    }

    [Fact]
    public void Read_MissingIea_IsPrematureEnd()
    {
        var result = X12Reader.Read(SampleFiles.Sample943.ReplaceOnce("IEA*1*000000101~", string.Empty));
        Assert.Equal((int)InterchangeNoteCode.PrematureEndOfFile, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Read_GeControlNumberAndCountWrong_AreGroupErrors()
    {
        var result = X12Reader.Read(SampleFiles.Sample943.ReplaceOnce("GE*1*101", "GE*2*102"));
        var group = result.Interchange!.Groups[0];
        Assert.Equal(
            [(1, (int)GroupSyntaxError.TransactionSetCountMismatch), (2, (int)GroupSyntaxError.ControlNumberMismatch)],
            group.Errors.Select(e => (e.ElementPosition!.Value, e.Code)));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Read_WrongSeCount_IsSetError4AtSe()
    {
        var result = X12Reader.Read(SampleFiles.Sample943.ReplaceOnce("SE*12*0001", "SE*11*0001"));
        var error = Assert.Single(result.Interchange!.Groups[0].TransactionSets[0].Errors);
        Assert.Equal(("SE", 12, 1, (int)TransactionSetSyntaxError.SegmentCountMismatch), (error.SegmentId, error.SegmentPosition, error.ElementPosition!.Value, error.Code));
        Assert.Contains("SE01 says 11 segments but transaction set 0001 has 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeControlNumberMismatch_IsSetError3()
    {
        var result = X12Reader.Read(SampleFiles.Sample943.ReplaceOnce("SE*12*0001", "SE*12*0009"));
        var error = Assert.Single(result.Interchange!.Groups[0].TransactionSets[0].Errors);
        Assert.Equal(("SE", 12, 2, (int)TransactionSetSyntaxError.ControlNumberMismatch), (error.SegmentId, error.SegmentPosition, error.ElementPosition!.Value, error.Code));
    }

    [Fact]
    public void Read_MissingSe_IsSetError2()
    {
        var result = X12Reader.Read(SampleFiles.Sample943.ReplaceOnce("SE*12*0001~", string.Empty));
        var set = result.Interchange!.Groups[0].TransactionSets[0];
        Assert.Equal((int)TransactionSetSyntaxError.TrailerMissing, Assert.Single(set.Errors).Code);
    }

    [Fact]
    public void Read_SegmentOutsideGroup_IsInterchangeContentError()
    {
        var result = X12Reader.Read(SampleFiles.Sample943.ReplaceOnce("GE*1*101~", "GE*1*101~\nW27*M*ABCD~"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("W27", (int)InterchangeNoteCode.InvalidContent), (error.SegmentId, error.Code));
    }
}
