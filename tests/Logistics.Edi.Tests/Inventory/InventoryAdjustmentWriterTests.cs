using Logistics.Edi.Inventory;
using Logistics.Edi.X12;

namespace Logistics.Edi.Tests.Inventory;

public class InventoryAdjustmentWriterTests
{
    private static readonly X12Partner Warehouse = new("ZZ", "LOGISTICS3PL", "LOGISTICS3PL");
    private static readonly X12Partner Owner = new("ZZ", "DEMOPUB", "DEMOPUB");
    private static readonly X12EnvelopeSettings Settings = new(947, 94, new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(1)));

    private static InventoryAdjustment Adjustment(params InventoryAdjustmentLine[] lines) => new("CC-2026-11-22", new DateOnly(2026, 11, 22), "demo-publisher", lines);

    private static X12ReadResult Read(string text)
    {
        var read = X12Reader.Read(text);
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        return read;
    }

    [Fact]
    public void Writes_W15_the_depositor_and_a_W19_per_line_with_the_signed_quantity_and_the_lot()
    {
        var text = InventoryAdjustmentWriter.Write(
            Adjustment(new("AA", -3, "BOOK-001", "LOT-A1"), new("AA", 5, "BOOK-002", null), new("AA", 1, "BOOK-003", "LOT-2026-11-LONGER")), Warehouse, Owner, Settings);

        var read = Read(text);
        var group = Assert.Single(read.Interchange!.Groups);
        var set = Assert.Single(group.TransactionSets);
        Assert.Equal(("AW", "947", "000000947", "94"), (group.FunctionalIdCode, set.IdCode, read.Interchange.Header.ControlNumber, group.ControlNumber));
        Assert.Equal(
            [
                "ST*947*0001",
                "W15*20261122*CC-2026-11-22*CC-2026-11-22*00",
                "N1*DE*demo-publisher",
                "W19*AA*-3*EA**SK*BOOK-001***LOT-A1",
                "N9*LT*LOT-A1",
                "W19*AA*5*EA**SK*BOOK-002",
                "W19*AA*1*EA**SK*BOOK-003",
                "N9*LT*LOT-2026-11-LONGER",
                "SE*9*0001",
            ],
            set.Segments.Select(s => string.Join('*', [s.Id, .. s.Elements])));
    }

    [Theory]
    [InlineData("", "AA", 1L, "SKU")]
    [InlineData("TOO-LONG-FOR-W1502-ELEMENT", "AA", 1L, "SKU")]
    [InlineData("C-1", "A", 1L, "SKU")]
    [InlineData("C-1", "AA", 0L, "SKU")]
    [InlineData("C-1", "AA", 1L, " ")]
    public void Refuses_what_would_not_be_a_valid_947(string number, string reason, long units, string sku)
    {
        var adjustment = Adjustment(new InventoryAdjustmentLine(reason, units, sku, null)) with { AdjustmentNumber = number };

        Assert.Throws<ArgumentException>(() => InventoryAdjustmentWriter.Write(adjustment, Warehouse, Owner, Settings));
    }

    [Fact]
    public void Refuses_an_adjustment_without_lines_and_a_SKU_holding_a_delimiter()
    {
        Assert.Throws<ArgumentException>(() => InventoryAdjustmentWriter.Write(Adjustment(), Warehouse, Owner, Settings));
        Assert.Throws<ArgumentException>(() => InventoryAdjustmentWriter.Write(Adjustment(new InventoryAdjustmentLine("AA", 1, "BAD*SKU", null)), Warehouse, Owner, Settings));
    }
}
