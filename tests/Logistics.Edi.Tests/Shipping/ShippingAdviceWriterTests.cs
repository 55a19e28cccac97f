using System.Globalization;
using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Edi.Outbound;
using Logistics.Edi.Shipping;
using Logistics.Edi.X12;

namespace Logistics.Edi.Tests.Shipping;

public class ShippingAdviceWriterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 5, 16, 45, 0, TimeSpan.Zero);
    private static readonly X12Partner Warehouse = new("ZZ", "LOGISTICS3PL", "LOGISTICS3PL");
    private static readonly X12Partner Owner = new("ZZ", "DEMOPUB", "DEMOPUB");

    private static readonly Party NorthwindDc = new("Northwind Retail DC", "DC-04", ["400 Commerce Way", "Building B"], "Columbus", "OH", "43215", "US")
    {
        AdditionalNames = ["Receiving Dock 3"],
        Contact = new Contact("Dock Office", "6145550100", "dock@northwind.example"),
    };

    private static ShippingAdvice Advice(params ShippingAdviceLine[] lines) =>
        new(OrderNumber.Parse("ORD-2002"), "SHP-000123", new DateOnly(2026, 2, 5), "demo-publisher", NorthwindDc,
            new Carrier("XPOL", "GROUND") { TransportationMethod = "M" }, lines)
        {
            PurchaseOrder = "PO-9912",
            BillOfLading = "BOL-555",
            TrackingNumber = "1Z999",
            Cartons = 3,
            WeightKg = 12.5m,
        };

    private static ShippingAdvice Sample() => Advice(
        new ShippingAdviceLine(1, Sku.Parse("BOOK-001"), 24, [new ShippedLot(LotNumber.Parse("LOT-A1"), 20), new ShippedLot(LotNumber.Parse("LOT-A2"), 4)]),
        new ShippingAdviceLine(2, Sku.Parse("MAG-2026-01"), 12, [new ShippedLot(null, 10)]) { Backordered = true },
        new ShippingAdviceLine(3, Sku.Parse("BOOK-002"), 5, []),
        new ShippingAdviceLine(4, Sku.Parse("LOTTED-9"), 3, [new ShippedLot(LotNumber.Parse("LOT-1234567890123"), 3)]));

    private static string Write(ShippingAdvice advice) => ShippingAdviceWriter.Write(advice, Warehouse, Owner, new X12EnvelopeSettings(910, 91, T0));

    private static X12TransactionSet ReadBack(string text)
    {
        var read = X12Reader.Read(text);
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        return Assert.Single(Assert.Single(read.Interchange!.Groups).TransactionSets);
    }

    private static string[] Segments(X12TransactionSet set) => [.. set.Segments.Select(s => string.Join('*', [s.Id, .. s.Elements]))];

    [Fact]
    public void Writes_the_heading_one_LX_per_line_with_a_W12_per_lot_and_the_W03_totals()
    {
        Assert.Equal(
            [
                "ST*945*0001",
                "W06*F*ORD-2002*20260205*SHP-000123**PO-9912",
                "N1*DE*demo-publisher",
                "N1*ST*Northwind Retail DC*92*DC-04",
                "N2*Receiving Dock 3",
                "N3*400 Commerce Way*Building B",
                "N4*Columbus*OH*43215*US",
                "PER*DC*Dock Office*TE*6145550100*EM*dock@northwind.example",
                "N9*BM*BOL-555",
                "N9*CN*1Z999",
                "G62*11*20260205",
                "W27*M*XPOL*GROUND",
                "LX*1",
                "W12*CC*24*20*0*EA**SK*BOOK-001*LOT-A1",
                "N9*LT*LOT-A1",
                "W12*CC**4**EA**SK*BOOK-001*LOT-A2",
                "N9*LT*LOT-A2",
                "LX*2",
                "W12*BP*12*10*2*EA**SK*MAG-2026-01",
                "LX*3",
                "W12*IC*5*0*5*EA**SK*BOOK-002",
                "LX*4",
                "W12*CC*3*3*0*EA**SK*LOTTED-9",
                "N9*LT*LOT-1234567890123",
                "W03*37*12.5*KG***3*CT",
                "SE*26*0001",
            ],
            Segments(ReadBack(Write(Sample()))));
    }

    [Fact]
    public void Output_parses_back_as_a_valid_SW_group_from_the_warehouse_to_the_owner()
    {
        var read = X12Reader.Read(Write(Sample()));

        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        var group = Assert.Single(read.Interchange!.Groups);
        Assert.Equal(("SW", "91", "LOGISTICS3PL", "DEMOPUB", "004010"), (group.FunctionalIdCode, group.ControlNumber, group.ApplicationSender, group.ApplicationReceiver, group.Version));
        Assert.Equal(("LOGISTICS3PL", "DEMOPUB", "000000910"), (read.Interchange.Header.SenderId, read.Interchange.Header.ReceiverId, read.Interchange.Header.ControlNumber));
        Assert.Equal("945", Assert.Single(group.TransactionSets).IdCode);
    }

    [Theory]
    [InlineData(10, 10, false, "CC")]
    [InlineData(10, 10, true, "CC")]
    [InlineData(10, 6, true, "BP")]
    [InlineData(10, 6, false, "CP")]
    [InlineData(10, 0, true, "BO")]
    [InlineData(10, 0, false, "IC")]
    public void W1201_says_how_the_line_shipped(int ordered, int shipped, bool backordered, string status)
    {
        var line = new ShippingAdviceLine(1, Sku.Parse("A"), ordered, shipped == 0 ? [] : [new ShippedLot(null, shipped)]) { Backordered = backordered };

        var w12 = ReadBack(Write(Advice(line))).Segments.Single(s => s.Id == "W12");

        Assert.Equal((status, ordered.ToString(CultureInfo.InvariantCulture), shipped.ToString(CultureInfo.InvariantCulture), (ordered - shipped).ToString(CultureInfo.InvariantCulture)),
            (w12[1], w12[2], w12[3], w12[4]));
    }

    [Fact]
    public void Free_text_holding_a_delimiter_is_written_with_the_delimiter_blanked()
    {
        var advice = Advice(new ShippingAdviceLine(1, Sku.Parse("A"), 1, [new ShippedLot(null, 1)])) with
        {
            ShipTo = NorthwindDc with { Name = "Smith*Sons~Ltd", AddressLines = ["1 High St: rear"] },
        };

        var segments = Segments(ReadBack(Write(advice)));

        Assert.Contains("N1*ST*Smith Sons Ltd*92*DC-04", segments);
        Assert.Contains("N3*1 High St  rear", segments);
    }

    [Fact]
    public void Optional_values_are_left_out_when_unknown()
    {
        var advice = new ShippingAdvice(OrderNumber.Parse("ORD-1"), "SHP-1", new DateOnly(2026, 2, 5), "demo-publisher",
            new Party("Shop", null, ["1 Main St"], "Town", null, null, null), new Carrier(null, null) { TransportationMethod = "U" },
            [new ShippingAdviceLine(1, Sku.Parse("A"), 2, [new ShippedLot(null, 2)])]);

        var segments = Segments(ReadBack(Write(advice)));

        Assert.Equal(["W06*F*ORD-1*20260205*SHP-1", "N1*DE*demo-publisher", "N1*ST*Shop", "N3*1 Main St", "N4*Town", "G62*11*20260205", "W27*U", "LX*1", "W12*CC*2*2*0*EA**SK*A", "W03*2"],
            segments[1..^1]);
    }

    [Fact]
    public void A_method_that_needs_a_SCAC_without_one_is_refused()
    {
        var advice = Advice(new ShippingAdviceLine(1, Sku.Parse("A"), 1, [])) with { Carrier = new Carrier(null, "GROUND") };
        Assert.Throws<ArgumentException>(() => Write(advice));
    }

    [Fact]
    public void An_advice_without_lines_is_refused() =>
        Assert.Throws<ArgumentException>(() => Write(Advice()));

    [Fact]
    public void A_line_cannot_ship_more_than_was_ordered_nor_a_lot_hold_nothing()
    {
        Assert.Throws<ArgumentException>(() => new ShippingAdviceLine(1, Sku.Parse("A"), 2, [new ShippedLot(null, 2), new ShippedLot(null, 1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShippedLot(null, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShippingAdviceLine(1, Sku.Parse("A"), 0, []));
    }

    /// <summary>
    /// Property-style: for random advices, what a reader adds up from the 945 is what was shipped. Per LX the W1202s make
    /// the ordered quantity, the W1203s the shipped one and the W1204s the difference; W0301 is the shipment's total.
    /// </summary>
    [Fact]
    public void Random_advices_read_back_to_the_quantities_they_were_written_from()
    {
        var random = new Random(945);
        for (var run = 0; run < 200; run++)
        {
            var lines = Enumerable.Range(1, random.Next(1, 8)).Select(n =>
            {
                var ordered = random.Next(1, 500);
                var lots = new List<ShippedLot>();
                var left = random.Next(0, ordered + 1);
                while (left > 0)
                {
                    var units = random.Next(1, left + 1);
                    lots.Add(new ShippedLot(random.Next(3) == 0 ? null : LotNumber.Parse($"L{random.Next(1, 10_000_000)}"), units));
                    left -= units;
                }

                return new ShippingAdviceLine(n * 10, Sku.Parse($"SKU-{n}"), ordered, lots) { Backordered = random.Next(2) == 0 };
            }).ToList();

            var set = ReadBack(Write(Advice([.. lines])));

            var loops = new List<(int Line, long Ordered, long Shipped, long Difference, List<string> Lots)>();
            foreach (var segment in set.Segments)
            {
                if (segment.Id == "LX")
                {
                    loops.Add((int.Parse(segment[1], CultureInfo.InvariantCulture), 0, 0, 0, []));
                }
                else if (segment.Id == "W12")
                {
                    var loop = loops[^1];
                    loops[^1] = (loop.Line, loop.Ordered + Number(segment[2]), loop.Shipped + Number(segment[3]), loop.Difference + Number(segment[4]), loop.Lots);
                }
                else if (segment.Id == "N9" && segment[1] == "LT")
                {
                    loops[^1].Lots.Add(segment[2]);
                }
            }

            Assert.Equal(lines.Select(l => (l.LineNumber, (long)l.Ordered, (long)l.Shipped, (long)l.Difference)), loops.Select(l => (l.Line, l.Ordered, l.Shipped, l.Difference)));
            Assert.Equal(lines.Select(l => l.Lots.Where(t => t.Lot is not null).Select(t => t.Lot!.Value)), loops.Select(l => (IEnumerable<string>)l.Lots));
            Assert.Equal(lines.Sum(l => l.Shipped).ToString(CultureInfo.InvariantCulture), set.Segments.Single(s => s.Id == "W03")[1]);
        }
    }

    private static long Number(string value) => value.Length == 0 ? 0 : long.Parse(value, CultureInfo.InvariantCulture);
}
