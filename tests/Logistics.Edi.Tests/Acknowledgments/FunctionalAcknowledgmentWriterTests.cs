using Logistics.Edi.Acknowledgments;
using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Tests.Acknowledgments;

public class FunctionalAcknowledgmentWriterTests
{
    private static readonly X12EnvelopeSettings Settings = new(1, 1, new DateTimeOffset(2026, 1, 15, 10, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Component_position_and_scrubbed_bad_value_are_written()
    {
        var interchange = X12Reader.Read(SampleFiles.Sample943).Interchange!;
        var group = interchange.Groups[0];
        var element = new X12ElementError(2, 1, 355, ElementSyntaxError.InvalidCodeValue, "A*B~C", "bad");
        var segment = new X12SegmentError("W04", 7, "0200", SegmentSyntaxError.SegmentHasDataElementErrors, [element], "bad");
        var ack = new TransactionSetAcknowledgment("943", "0001", [segment], [TransactionSetSyntaxError.SegmentsInError]);

        var text = FunctionalAcknowledgmentWriter.Write(interchange, group, [ack], Settings);

        Assert.Contains("~AK3*W04*7*0200*8~AK4*2:1*355*7*A B C~AK5*R*5~AK9*R*1*1*0~", text, StringComparison.Ordinal);
        Assert.True(X12Reader.Read(text).IsValid);
    }

    [Fact]
    public void Partially_accepted_group_is_P()
    {
        var interchange = X12Reader.Read(SampleFiles.Sample943).Interchange!;
        var accepted = new TransactionSetAcknowledgment("943", "0001", [], []);
        var rejected = new TransactionSetAcknowledgment("943", "0002", [], [TransactionSetSyntaxError.SegmentCountMismatch]);

        var text = FunctionalAcknowledgmentWriter.Write(interchange, interchange.Groups[0], [accepted, rejected], Settings);

        Assert.Contains("~AK9*P*2*2*1~", text, StringComparison.Ordinal);
    }
}
