using Logistics.Edi.X12;

namespace Logistics.Edi.Tests.X12;

public class X12WriterTests
{
    private static readonly X12Partner Us = new("ZZ", "LOGISTICS3PL", "LOGISTICS3PL");
    private static readonly X12Partner Them = new("ZZ", "DEMOPUB", "DEMOPUB");

    private static X12Writer NewWriter(X12EnvelopeSettings? settings = null) =>
        new(Us, Them, settings ?? new X12EnvelopeSettings(42, 7, new DateTimeOffset(2026, 2, 1, 8, 5, 0, TimeSpan.Zero)));

    [Fact]
    public void Isa_is_fixed_width_and_counts_are_filled_in()
    {
        var text = NewWriter().StartGroup("RE", "A", "B").StartSet("944", "0001").Segment("W14", "5").EndSet().EndGroup().EndInterchange();

        Assert.Equal(106, text.IndexOf('~', StringComparison.Ordinal) + 1);
        Assert.EndsWith("~ST*944*0001~W14*5~SE*3*0001~GE*1*7~IEA*1*000000042~", text, StringComparison.Ordinal);
        Assert.True(X12Reader.Read(text).IsValid);
    }

    [Fact]
    public void Version_5010_writes_repetition_separator_in_isa11()
    {
        var text = NewWriter(new X12EnvelopeSettings(1, 1, DateTimeOffset.UnixEpoch, "00501", "005010")).StartGroup("RE", "A", "B").EndGroup().EndInterchange();
        Assert.Equal('^', X12Reader.Read(text).Interchange!.Delimiters.Repetition);
    }

    [Fact]
    public void Trailing_empty_elements_are_dropped_but_inner_ones_kept()
    {
        var text = NewWriter().StartGroup("RE", "A", "B").StartSet("944", "1").Segment("W07", "1", null, "", "SK", "X", null).EndSet().EndGroup().EndInterchange();
        Assert.Contains("~W07*1***SK*X~", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A*B")]
    [InlineData("A~B")]
    [InlineData("A:B")]
    public void Value_containing_a_delimiter_is_refused(string value) =>
        Assert.Throws<ArgumentException>(() => NewWriter().StartGroup("RE", "A", "B").StartSet("944", "1").Segment("N1", "DE", value));
}
