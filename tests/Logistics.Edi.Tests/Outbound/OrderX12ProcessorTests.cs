using Logistics.Edi.Acknowledgments;
using Logistics.Edi.Inbound;
using Logistics.Edi.Outbound;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Tests.Outbound;

/// <summary>The inbound pipeline run with the order intake's profile: 940 in OW groups in, orders and the 997 out.</summary>
public class OrderX12ProcessorTests
{
    private static readonly X12EnvelopeSettings Settings = new(600, 80, new DateTimeOffset(2026, 2, 1, 8, 30, 0, TimeSpan.Zero));

    private static (List<OutboundOrderDocument> Orders, string[] Answer) Process(string text, InboundSetHandler<OutboundOrderDocument>? take = null)
    {
        var orders = new List<OutboundOrderDocument>();
        var outcome = InboundX12Processor.ProcessAsync(text, X12OrderMapper.Profile, take ?? ((_, _, order, _) =>
        {
            orders.Add(order);
            return ValueTask.FromResult<IReadOnlyList<X12SegmentError>>([]);
        }), CancellationToken.None);

        Assert.True(outcome.IsCompletedSuccessfully);
        var answer = outcome.Result.Answer(Settings);
        Assert.NotNull(answer);
        Assert.True(X12Reader.Read(answer).IsValid);
        return (orders, answer.Split('~', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The 997 segments between AK1 and AK9, i.e. what is specific to the verdict.</summary>
    private static string[] Body(string[] segments) =>
        [.. segments.SkipWhile(s => !s.StartsWith("AK2", StringComparison.Ordinal)).TakeWhile(s => !s.StartsWith("AK9", StringComparison.Ordinal))];

    [Fact]
    public void A_940_in_an_OW_group_becomes_an_order_and_gets_an_accepting_997()
    {
        var (orders, answer) = Process(SampleFiles.Order940Upc);

        Assert.Equal("ORD-1001", Assert.Single(orders).OrderNumber.Value);
        Assert.Equal(
            [
                "GS*FA*LOGISTICS3PL*DEMOPUB*20260201*0830*80*X*004010",
                "ST*997*0001",
                "AK1*OW*301",
                "AK2*940*0001",
                "AK5*A",
                "AK9*A*1*1*1",
                "SE*6*0001",
                "GE*1*80",
            ],
            answer[1..^1]);
    }

    [Fact]
    public void A_005010_order_asking_for_a_TA1_gets_one_and_its_ST03_echoed()
    {
        var (orders, answer) = Process(SampleFiles.Order940Sku);

        Assert.Single(orders);
        Assert.Equal("TA1*000000302*260202*0915*A*000", answer[1]);
        Assert.Contains("AK1*OW*302*005010", answer);
        Assert.Contains("AK2*940*0002*X-940", answer);
    }

    [Fact]
    public void An_order_with_other_delimiters_is_answered_in_the_usual_ones()
    {
        var (orders, answer) = Process(SampleFiles.Order940Ean);

        Assert.Equal("BH-77-0003", Assert.Single(orders).OrderNumber.Value);
        Assert.StartsWith("ISA*00*          *00*          *ZZ*LOGISTICS3PL   *ZZ*BOOKHOUSE      *", answer[0], StringComparison.Ordinal);
        Assert.Contains("AK9*A*1*1*1", answer);
    }

    [Fact]
    public void A_940_in_an_AR_group_is_rejected_at_ST01_and_the_group_is_not_taken()
    {
        var (orders, answer) = Process(SampleFiles.Order940Upc.ReplaceOnce("GS*OW*", "GS*AR*"));

        Assert.Empty(orders);
        Assert.Equal(["AK2*940*0001", "AK3*ST*1**8", "AK4*1*143*7*940", "AK5*R*5"], Body(answer));
        Assert.Contains("AK1*AR*301", answer);
        Assert.Contains("AK9*R*1*1*0*1", answer);
    }

    [Fact]
    public void A_notice_sent_to_the_order_intake_is_not_supported()
    {
        var (orders, answer) = Process(SampleFiles.Sample943);

        Assert.Empty(orders);
        Assert.Equal(["AK2*943*0001", "AK5*R*1"], Body(answer));
        Assert.Contains("AK9*R*1*1*0*1", answer);
    }

    [Fact]
    public async Task A_940_sent_to_the_notice_intake_is_not_supported()
    {
        var outcome = await InboundX12Processor.ProcessAsync(SampleFiles.Order940Upc, X12NoticeMapper.Profile,
            (_, _, _, _) => throw new InvalidOperationException("No notice expected."), CancellationToken.None);

        Assert.Contains("AK5*R*1", outcome.Answer(Settings), StringComparison.Ordinal);
        Assert.Contains(outcome.Notes, n => n.Contains("send 943s in AR groups and 856s in SH groups", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mapping_error_is_answered_at_its_segment_and_element_and_takes_no_order()
    {
        var (orders, answer) = Process(SampleFiles.Order940Upc.ReplaceOnce("W01*4*EA", "W01*4*PL"));

        Assert.Empty(orders);
        Assert.Equal(["AK2*940*0001", "AK3*W01*12**8", "AK4*2*355*7*PL", "AK5*R*5"], Body(answer));
    }

    [Fact]
    public void The_business_step_rejecting_an_order_is_answered_with_its_errors()
    {
        var (_, answer) = Process(SampleFiles.Order940Upc, (_, _, order, _) =>
        {
            var at = order.Sources["/purpose"];
            IReadOnlyList<X12SegmentError> refused =
                [X12SegmentError.ForElement(at.SegmentId, at.SegmentPosition, new X12ElementError(at.ElementPosition, null, at.ReferenceNumber, ElementSyntaxError.InvalidCodeValue, "N", "Order ORD-1001 exists."))];
            return ValueTask.FromResult(refused);
        });

        Assert.Equal(["AK2*940*0001", "AK3*W05*2**8", "AK4*1*473*7*N", "AK5*R*5"], Body(answer));
    }
}
