using Logistics.Edi.Acknowledgments;
using Logistics.Edi.X12;

namespace Logistics.Edi.Tests.Acknowledgments;

/// <summary>End to end: interchange in, notices and 997 text out. The 997 is asserted segment by segment.</summary>
public class InboundX12ProcessorTests
{
    private static readonly X12EnvelopeSettings Settings = new(500, 70, new DateTimeOffset(2026, 1, 15, 10, 30, 0, TimeSpan.Zero));

    private static string[] AckSegments(InboundX12Outcome outcome)
    {
        var ack = Assert.Single(outcome.Acknowledgments);
        return ack.Split('~', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The 997 segments between AK1 and AK9, i.e. what is specific to the failure.</summary>
    private static string[] Body(string[] segments) =>
        [.. segments.SkipWhile(s => !s.StartsWith("AK2", StringComparison.Ordinal)).TakeWhile(s => !s.StartsWith("AK9", StringComparison.Ordinal))];

    [Fact]
    public void Valid943_GivesNoticeAndAccepting997WithSwappedEnvelope()
    {
        var outcome = InboundX12Processor.Process(SampleFiles.Sample943, Settings);

        Assert.Single(outcome.Documents);
        Assert.Equal(
            [
                "ISA*00*          *00*          *ZZ*LOGISTICS3PL   *ZZ*DEMOPUB        *260115*1030*U*00401*000000500*0*P*:",
                "GS*FA*LOGISTICS3PL*DEMOPUB*20260115*1030*70*X*004010",
                "ST*997*0001",
                "AK1*AR*101",
                "AK2*943*0001",
                "AK5*A",
                "AK9*A*1*1*1",
                "SE*6*0001",
                "GE*1*70",
                "IEA*1*000000500",
            ],
            AckSegments(outcome));
    }

    [Fact]
    public void The997_ParsesBackWithTheReader()
    {
        var ack = Assert.Single(InboundX12Processor.Process(SampleFiles.Sample856, Settings).Acknowledgments);
        var read = X12Reader.Read(ack);
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        Assert.Equal("00501", read.Interchange!.Header.Version);
        Assert.Equal(("FA", "005010", "997"), (read.Interchange.Groups[0].FunctionalIdCode, read.Interchange.Groups[0].Version, read.Interchange.Groups[0].TransactionSets[0].IdCode));
    }

    [Fact]
    public void WrongSeCount_RejectsWithAk5Code4()
    {
        var outcome = InboundX12Processor.Process(SampleFiles.Sample943.ReplaceOnce("SE*12*0001", "SE*13*0001"), Settings);
        Assert.Empty(outcome.Documents);
        Assert.Equal(["AK2*943*0001", "AK5*R*4"], Body(AckSegments(outcome)));
        Assert.Contains("AK9*R*1*1*0", AckSegments(outcome));
    }

    [Fact]
    public void ControlNumberMismatch_RejectsWithAk5Code3()
    {
        var outcome = InboundX12Processor.Process(SampleFiles.Sample943.ReplaceOnce("SE*12*0001", "SE*12*0002"), Settings);
        Assert.Empty(outcome.Documents);
        Assert.Equal(["AK2*943*0001", "AK5*R*3"], Body(AckSegments(outcome)));
    }

    [Fact]
    public void UnknownQualifier_ReportsSegmentPositionElementAndCode()
    {
        var outcome = InboundX12Processor.Process(SampleFiles.Sample943.ReplaceOnce("*SK*BOOK-001*EN*", "*SK*BOOK-001*ZZ*"), Settings);
        Assert.Empty(outcome.Documents);
        Assert.Equal(["AK2*943*0001", "AK3*W04*7**8", "AK4*6*235*7*ZZ", "AK5*R*5"], Body(AckSegments(outcome)));
    }

    [Fact]
    public void NegativeQuantity_ReportsCode6WithBadValue()
    {
        var outcome = InboundX12Processor.Process(SampleFiles.Sample856.ReplaceOnce("SN1||48|EA", "SN1||-48|EA"), Settings);
        var segments = Body(AckSegments(outcome));
        Assert.Equal(["AK2|856|0002", "AK3|SN1|12||8", "AK4|2|382|6|-48", "AK5|R|5"], segments.Select(s => s.Replace('*', '|')));
    }

    [Fact]
    public void MissingElement_ReportsCode1WithoutBadValue()
    {
        var outcome = InboundX12Processor.Process(SampleFiles.Sample943.ReplaceOnce("W06*N*PO-7781*20260115*ASN-943-1", "W06*N*PO-7781**ASN-943-1"), Settings);
        Assert.Equal(["AK2*943*0001", "AK3*W06*2**8", "AK4*3*373*1", "AK5*R*5"], Body(AckSegments(outcome)));
    }

    [Fact]
    public void UnsupportedSet_IsRejectedWithCode1()
    {
        var text = SampleFiles.Sample943.ReplaceOnce("ST*943*0001", "ST*940*0001");
        Assert.Equal(["AK2*940*0001", "AK5*R*1"], Body(AckSegments(InboundX12Processor.Process(text, Settings))));
    }

    [Fact]
    public void GroupTrailerMismatch_IsReportedInAk9()
    {
        var outcome = InboundX12Processor.Process(SampleFiles.Sample943.ReplaceOnce("GE*1*101", "GE*1*999"), Settings);
        Assert.Empty(outcome.Documents);
        Assert.Contains("AK9*R*1*1*1*4", AckSegments(outcome));
    }

    [Fact]
    public void InterchangeTrailerMismatch_TakesNoNotice()
    {
        var outcome = InboundX12Processor.Process(SampleFiles.Sample943.ReplaceOnce("IEA*1*000000101", "IEA*1*000000100"), Settings);
        Assert.Empty(outcome.Documents);
        Assert.Single(outcome.Read.Errors);
        Assert.Equal(
            [
                "ISA*00*          *00*          *ZZ*LOGISTICS3PL   *ZZ*DEMOPUB        *260115*1030*U*00401*000000501*0*P*:",
                "TA1*000000101*260115*0930*R*001",
                "IEA*0*000000501",
            ],
            outcome.InterchangeAcknowledgment!.Split('~', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(X12Reader.Read(outcome.InterchangeAcknowledgment).IsValid);
    }

    [Fact]
    public void SoundInterchange_GetsNoTa1() =>
        Assert.Null(InboundX12Processor.Process(SampleFiles.Sample943, Settings).InterchangeAcknowledgment);

    [Fact]
    public void BadIsa_GivesNo997AndAnEnvelopeError()
    {
        var outcome = InboundX12Processor.Process("ISA*short~", Settings);
        Assert.Empty(outcome.Acknowledgments);
        Assert.True(outcome.Read.IsUnreadable);
        Assert.Equal("ISA", Assert.Single(outcome.Read.Errors).SegmentId);
    }

    [Fact]
    public void OneAckPerGroup_WithConsecutiveControlNumbers()
    {
        var twoGroups = SampleFiles.Sample943
            .ReplaceOnce("IEA*1*", "IEA*2*")
            .ReplaceOnce("GE*1*101~\n", "GE*1*101~\nGS*AR*DEMOPUB*LOGISTICS3PL*20260115*0930*102*X*004010~\nST*943*0001~\nW06*N*X*20260115*ASN-2~\nW04*1*EA**SK*A~\nSE*4*0001~\nGE*1*102~\n");

        var outcome = InboundX12Processor.Process(twoGroups, Settings);

        Assert.Equal(2, outcome.Documents.Count);
        Assert.Equal(2, outcome.Acknowledgments.Count);
        Assert.Contains("AK1*AR*102", outcome.Acknowledgments[1], StringComparison.Ordinal);
        Assert.Contains("IEA*1*000000501", outcome.Acknowledgments[1], StringComparison.Ordinal);
    }
}
