using Logistics.Edi.Acknowledgments;
using Logistics.Edi.Returns;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Tests.Returns;

/// <summary>The inbound pipeline run with the return intake's profile: 180 in AN groups in, return notices and the 997 out.</summary>
public class ReturnX12ProcessorTests
{
    private static readonly X12EnvelopeSettings Settings = new(700, 90, new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));

    private static (List<ReturnNoticeDocument> Notices, string[] Answer) Process(string text)
    {
        var notices = new List<ReturnNoticeDocument>();
        var outcome = InboundX12Processor.ProcessAsync(text, X12ReturnMapper.Profile, (_, _, notice, _) =>
        {
            notices.Add(notice);
            return ValueTask.FromResult<IReadOnlyList<X12SegmentError>>([]);
        }, CancellationToken.None);

        Assert.True(outcome.IsCompletedSuccessfully);
        var answer = outcome.Result.Answer(Settings);
        Assert.NotNull(answer);
        Assert.True(X12Reader.Read(answer).IsValid);
        return (notices, answer.Split('~', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string[] Body(string[] segments) =>
        [.. segments.SkipWhile(s => !s.StartsWith("AK1", StringComparison.Ordinal)).TakeWhile(s => !s.StartsWith("SE", StringComparison.Ordinal))];

    [Fact]
    public void A_180_in_an_AN_group_becomes_a_return_notice_and_gets_an_accepting_997()
    {
        var (notices, answer) = Process(SampleFiles.Return180ThreePl);

        Assert.Equal("RC-26700", Assert.Single(notices).ReturnNumber);
        Assert.Equal(["AK1*AN*401", "AK2*180*0001", "AK5*A", "AK9*A*1*1*1"], Body(answer));
    }

    [Fact]
    public void A_faulty_180_is_rejected_at_its_segment_and_element()
    {
        var (notices, answer) = Process(SampleFiles.Return180ThreePl.ReplaceOnce("BLI*VN*BOOK-002*1*CA", "BLI*VN*BOOK-002*1*PL"));

        Assert.Empty(notices);
        Assert.Equal(["AK1*AN*401", "AK2*180*0001", "AK3*BLI*11**8", "AK4*4*355*7*PL", "AK5*R*5", "AK9*R*1*1*0"], Body(answer));
    }

    [Fact]
    public void A_180_in_another_group_is_rejected_at_its_ST01()
    {
        var (notices, answer) = Process(SampleFiles.Return180ThreePl.ReplaceOnce("GS*AN*", "GS*OW*"));

        Assert.Empty(notices);
        Assert.Equal(["AK1*OW*401", "AK2*180*0001", "AK3*ST*1**8", "AK4*1*143*7*180", "AK5*R*5", "AK9*R*1*1*0*1"], Body(answer));
    }
}
