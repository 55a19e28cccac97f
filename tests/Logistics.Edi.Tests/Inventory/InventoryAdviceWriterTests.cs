using System.Globalization;
using Logistics.Edi.Inventory;
using Logistics.Edi.X12;

namespace Logistics.Edi.Tests.Inventory;

public class InventoryAdviceWriterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 5, 18, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset AsOf = new(2026, 2, 5, 17, 45, 30, TimeSpan.FromHours(1));
    private static readonly X12Partner Warehouse = new("ZZ", "LOGISTICS3PL", "LOGISTICS3PL");
    private static readonly X12Partner Owner = new("ZZ", "DEMOPUB", "DEMOPUB");

    private static readonly InventoryAdviceLine Lotted =
        new("BOOK-001", "LOT-A1", "Atlas*of~the World: 2nd ed", "Each", OnHand: 120, PendingIn: 24, PendingOut: 30, Available: 114,
            PendingDecision: 2, PendingReturnToSupplier: 1, PendingProcessing: 5);

    private static readonly InventoryAdviceLine Oversold =
        new("MAG-2026-01", null, "Monthly magazine", "CS", OnHand: 4, PendingIn: 0, PendingOut: 7, Available: -3,
            PendingDecision: 0, PendingReturnToSupplier: 0, PendingProcessing: 0);

    private static InventoryAdvice Advice(params InventoryAdviceLine[] lines) => new("INV-20260205-001", AsOf, lines);

    private static X12EnvelopeSettings Settings() => new(920, 92, T0);

    private static string Write(InventoryAdvice advice, X12EnvelopeSettings? settings = null) =>
        InventoryAdviceWriter.Write(advice, Warehouse, Owner, settings ?? Settings());

    private static X12ReadResult Read(string text)
    {
        var read = X12Reader.Read(text);
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        return read;
    }

    private static X12TransactionSet Set(X12ReadResult read) => Assert.Single(Assert.Single(read.Interchange!.Groups).TransactionSets);

    private static string[] Segments(X12TransactionSet set) => [.. set.Segments.Select(s => string.Join('*', [s.Id, .. s.Elements]))];

    [Fact]
    public void Writes_BIA_a_LIN_loop_per_line_with_its_PID_and_QTYs_and_the_CTT()
    {
        Assert.Equal(
            [
                "ST*846*0001",
                "BIA*00*SI*INV-20260205-001*20260205*174530",
                "LIN*1*SK*BOOK-001*LT*LOT-A1",
                "PID*F****Atlas of the World  2nd ed",
                "QTY*17*120*EA",
                "QTY*33*114*EA",
                "QTY*63*24*EA",
                "QTY*27*30*EA",
                "QTY*QH*2*EA",
                "QTY*28*1*EA",
                "QTY*37*5*EA",
                "LIN*2*SK*MAG-2026-01",
                "PID*F****Monthly magazine",
                "QTY*17*4*CA",
                "QTY*33*-3*CA",
                "QTY*27*7*CA",
                "CTT*2",
                "SE*18*0001",
            ],
            Segments(Set(Read(Write(Advice(Lotted, Oversold))))));
    }

    [Fact]
    public void The_envelope_carries_the_settings_control_numbers_and_an_IB_group_from_the_warehouse_to_the_owner()
    {
        var text = Write(Advice(Lotted, Oversold));
        var read = Read(text);

        var header = read.Interchange!.Header;
        var group = Assert.Single(read.Interchange.Groups);
        var set = Assert.Single(group.TransactionSets);
        Assert.Equal(("LOGISTICS3PL", "DEMOPUB", "000000920", "00401", "P"), (header.SenderId, header.ReceiverId, header.ControlNumber, header.Version, header.UsageIndicator));
        Assert.Equal(("260205", "1800"), (header.Date, header.Time));
        Assert.Equal(("IB", "LOGISTICS3PL", "DEMOPUB", "92", "004010"), (group.FunctionalIdCode, group.ApplicationSender, group.ApplicationReceiver, group.ControlNumber, group.Version));
        Assert.Equal(("846", "0001"), (set.IdCode, set.ControlNumber));
        Assert.EndsWith("~GE*1*92~IEA*1*000000920~", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SE01_counts_the_segments_and_CTT01_the_LIN_segments()
    {
        var set = Set(Read(Write(Advice(Lotted, Oversold, Lotted with { Lot = "LOT-B2" }))));

        Assert.Equal(set.Segments.Count.ToString(CultureInfo.InvariantCulture), set.Segments[^1][1]);
        Assert.Equal("3", set.Segments.Single(s => s.Id == "CTT")[1]);
        Assert.Equal(["1", "2", "3"], set.Segments.Where(s => s.Id == "LIN").Select(s => s[1]));
    }

    [Fact]
    public void An_owner_without_stock_gets_a_valid_advice_with_no_LIN_and_CTT_zero()
    {
        var read = Read(Write(Advice()));

        Assert.Equal(["ST*846*0001", "BIA*00*SI*INV-20260205-001*20260205*174530", "CTT*0", "SE*4*0001"], Segments(Set(read)));
    }

    [Fact]
    public void A_005010_advice_has_ISA12_00501_with_the_repetition_separator_and_GS08_005010()
    {
        var text = Write(Advice(Lotted, Oversold), Settings() with { Version = "00501", GroupVersion = "005010" });
        var read = Read(text);

        Assert.Equal("00501", read.Interchange!.Header.Version);
        Assert.Equal("005010", Assert.Single(read.Interchange.Groups).Version);
        Assert.StartsWith("ISA*00*", text, StringComparison.Ordinal);
        Assert.Contains("*^*00501*000000920*0*P*:~", text, StringComparison.Ordinal);
        Assert.Equal(Segments(Set(Read(Write(Advice(Lotted, Oversold))))), Segments(Set(read)));
    }

    [Fact]
    public void Other_delimiters_are_used_throughout_and_blanked_in_the_description()
    {
        var settings = Settings() with { Delimiters = new X12Delimiters('|', null, '>', '\n') };
        var line = Lotted with { Description = "Maps | charts > globes\nand * more" };

        var text = Write(Advice(line), settings);
        var read = Read(text);

        Assert.Equal('|', read.Interchange!.Delimiters.Element);
        Assert.Equal('\n', read.Interchange.Delimiters.Segment);
        Assert.StartsWith("ISA|00|", text, StringComparison.Ordinal);
        Assert.Contains("\nPID|F||||Maps   charts   globes and * more\n", text, StringComparison.Ordinal);
        Assert.Contains("\nQTY|33|114|EA\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_quantities_other_than_on_hand_and_available_are_left_out()
    {
        var empty = new InventoryAdviceLine("A", null, "", "EA", 0, 0, 0, 0, 0, 0, 0);

        Assert.Equal(["LIN*1*SK*A", "QTY*17*0*EA", "QTY*33*0*EA", "CTT*1"], Segments(Set(Read(Write(Advice(empty)))))[2..^1]);
    }

    [Fact]
    public void A_description_longer_than_PID05_allows_is_cut_to_80_characters()
    {
        var line = Lotted with { Description = new string('x', 79) + " tail" };

        var pid = Set(Read(Write(Advice(line)))).Segments.Single(s => s.Id == "PID");

        Assert.Equal(new string('x', 79), pid[5]);
    }

    [Theory]
    [InlineData("Each", "EA")]
    [InlineData("Case", "CA")]
    [InlineData("EA", "EA")]
    [InlineData("CA", "CA")]
    [InlineData("CS", "CA")]
    [InlineData("CT", "CA")]
    public void The_unit_is_a_unit_of_measure_name_or_an_accepted_X12_code_and_is_written_as_the_intake_reads_it(string unit, string code)
    {
        var quantities = Set(Read(Write(Advice(Lotted with { UnitOfMeasure = unit })))).Segments.Where(s => s.Id == "QTY");

        Assert.All(quantities, q => Assert.Equal(code, q[3]));
    }

    [Theory]
    [InlineData("KG")]
    [InlineData("each")]
    [InlineData("0")]
    [InlineData("")]
    public void A_unit_the_warehouse_does_not_count_in_is_refused(string unit) =>
        Assert.Throws<ArgumentException>(() => Write(Advice(Lotted with { UnitOfMeasure = unit })));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("1234567890123456789012345678901")]
    public void A_report_number_that_BIA03_cannot_carry_is_refused(string reportNumber) =>
        Assert.Throws<ArgumentException>(() => Write(Advice(Lotted) with { ReportNumber = reportNumber }));

    [Fact]
    public void A_SKU_or_lot_holding_a_delimiter_is_refused_rather_than_altered()
    {
        Assert.Throws<ArgumentException>(() => Write(Advice(Lotted with { Sku = "BOOK*001" })));
        Assert.Throws<ArgumentException>(() => Write(Advice(Lotted with { Lot = "LOT~A1" })));
        Assert.Throws<ArgumentException>(() => Write(Advice(Lotted with { Sku = " " })));
    }
}
