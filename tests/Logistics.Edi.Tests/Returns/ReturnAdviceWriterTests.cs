using System.Globalization;
using Logistics.Domain.Returns;
using Logistics.Edi.Returns;
using Logistics.Edi.X12;

namespace Logistics.Edi.Tests.Returns;

public class ReturnAdviceWriterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 16, 45, 0, TimeSpan.Zero);
    private static readonly X12Partner Warehouse = new("ZZ", "LOGISTICS3PL", "LOGISTICS3PL");
    private static readonly X12Partner Owner = new("ZZ", "DEMOPUB", "DEMOPUB");

    /// <summary>Three announced lines ending in restock, return to supplier + scrap, and nothing arrived; one unannounced item.</summary>
    private static ReturnAdvice Sample() =>
        new("RMA-2026-0107", "ret-000042", new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 28), "demo-publisher",
            [
                new ReturnAdviceLine(1, "BOOK-001", "LOT-A1", ReturnReason.Unsold, 12, 12, [new ReturnAdviceOutcome(ReturnDisposition.Restock, 12, "good", null)]),
                new ReturnAdviceLine(2, "BOOK-002", null, ReturnReason.Damaged, 4, 6,
                [
                    new ReturnAdviceOutcome(ReturnDisposition.ReturnToSupplier, 4, "damaged", "Tracking 1Z999"),
                    new ReturnAdviceOutcome(ReturnDisposition.Scrap, 2, "destroyed", "Water damage beyond repair"),
                ]),
                new ReturnAdviceLine(3, "BOOK-003", null, ReturnReason.WrongItem, 5, 0, []),
                new ReturnAdviceLine(null, "BOOK-009", null, ReturnReason.Other, 0, 1, [new ReturnAdviceOutcome(ReturnDisposition.Hold, 1, "good", "Awaiting the owner's decision")]),
            ])
        {
            OriginalOrderNumber = "SO-88",
        };

    private static string Write(ReturnAdvice advice) => ReturnAdviceWriter.Write(advice, Warehouse, Owner, new X12EnvelopeSettings(920, 92, T0));

    private static X12TransactionSet ReadBack(string text)
    {
        var read = X12Reader.Read(text);
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        var group = Assert.Single(read.Interchange!.Groups);
        Assert.Equal("AN", group.FunctionalIdCode);
        return Assert.Single(group.TransactionSets);
    }

    private static string[] Segments(X12TransactionSet set) => [.. set.Segments.Select(s => string.Join('*', [s.Id, .. s.Elements]))];

    [Fact]
    public void Writes_the_heading_and_one_BLI_loop_per_outcome_with_its_disposition()
    {
        Assert.Equal(
            [
                "ST*180*0001",
                "BGN*00*RMA-2026-0107*20261128",
                "DTM*050*20261125",
                "N9*ZZ*ret-000042",
                "N9*OQ*SO-88",
                "N1*DE*demo-publisher",
                "BLI*SK*BOOK-001*12*EA",
                "N9*LI*1",
                "N9*LT*LOT-A1",
                "RDR*KA*EI**good",
                "QTY*38*12*EA",
                "BLI*SK*BOOK-002*4*EA",
                "N9*LI*2",
                "RDR*RT*DA**damaged",
                "QTY*38*4*EA",
                "NTE*LIN*Over-returned 2 units beyond the 4 announced",
                "NTE*LIN*Tracking 1Z999",
                "BLI*SK*BOOK-002*2*EA",
                "N9*LI*2",
                "RDR*DI*DA**destroyed",
                "NTE*LIN*Water damage beyond repair",
                "BLI*SK*BOOK-003*0*EA",
                "N9*LI*3",
                "RDR**WG",
                "QTY*38*5*EA",
                "NTE*LIN*Short 5 of the 5 units announced did not arrive",
                "BLI*SK*BOOK-009*1*EA",
                "RDR*RP***Other; good",
                "QTY*38*0*EA",
                "NTE*LIN*Over-returned 1 units beyond the 0 announced",
                "NTE*LIN*Awaiting the owner's decision",
                "SE*32*0001",
            ],
            Segments(ReadBack(Write(Sample()))));
    }

    [Fact]
    public void Read_back_each_line_adds_up_to_what_arrived_and_flags_the_over_return()
    {
        var advice = Sample();
        var set = ReadBack(Write(advice));

        // Cut the set into BLI loops, and the loops into lines: a line's first loop is the one carrying QTY*38.
        var loops = new List<List<X12Segment>>();
        foreach (var segment in set.Segments.Where(s => s.Id is not ("ST" or "SE")).SkipWhile(s => s.Id != "BLI"))
        {
            if (segment.Id == "BLI")
            {
                loops.Add([]);
            }

            loops[^1].Add(segment);
        }

        var lines = new List<(string Sku, long Received, long Announced, List<string> Dispositions, List<string> Notes)>();
        foreach (var loop in loops)
        {
            if (loop.FirstOrDefault(s => s.Id == "QTY" && s[1] == "38") is { } announced)
            {
                lines.Add((loop[0][2], 0, long.Parse(announced[2], CultureInfo.InvariantCulture), [], []));
            }

            lines[^1] = lines[^1] with { Received = lines[^1].Received + long.Parse(loop[0][3], CultureInfo.InvariantCulture) };
            lines[^1].Dispositions.AddRange(loop.Where(s => s.Id == "RDR" && s.Has(1)).Select(s => s[1]));
            lines[^1].Notes.AddRange(loop.Where(s => s.Id == "NTE").Select(s => s[2]));
        }

        Assert.Equal(advice.Lines.Select(l => (l.Sku, l.Received, l.Announced)), lines.Select(l => (l.Sku, l.Received, l.Announced)));
        Assert.Equal(advice.Lines.Select(l => l.Outcomes.Select(o => ReturnCodes.CodeOf(o.Disposition))), lines.Select(l => l.Dispositions.AsEnumerable()));
        Assert.Equal(advice.Lines.Sum(l => l.Received), set.Segments.Where(s => s.Id == "BLI").Sum(s => long.Parse(s[3], CultureInfo.InvariantCulture)));
        Assert.Equal([0, 2, 0, 1], lines.Select(l => Math.Max(0, l.Received - l.Announced)));
        Assert.Contains("Over-returned 2 units beyond the 4 announced", lines[1].Notes);
    }

    [Fact]
    public void Free_text_is_written_without_delimiters_and_cut_to_what_the_elements_hold()
    {
        var advice = Sample() with
        {
            Lines = [new ReturnAdviceLine(1, "BOOK-001", null, ReturnReason.Damaged, 1, 1, [new ReturnAdviceOutcome(ReturnDisposition.Scrap, 1, "torn*cover~wet", new string('n', 100))])],
        };

        var segments = Segments(ReadBack(Write(advice)));

        Assert.Contains("RDR*DI*DA**torn cover wet", segments);
        Assert.Contains($"NTE*LIN*{new string('n', 80)}", segments);
    }

    [Fact]
    public void The_advice_is_a_sound_180_the_return_reader_recognizes_as_its_set()
    {
        var set = ReadBack(Write(Sample()));

        Assert.Equal("180", set.IdCode);
        Assert.True(X12ReturnMapper.Profile.FunctionalGroups.ContainsKey(set.IdCode));
    }

    [Fact]
    public void An_advice_without_lines_or_with_outcomes_that_do_not_add_up_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Write(Sample() with { Lines = [] }));
        Assert.Throws<ArgumentException>(() => Write(Sample() with
        {
            Lines = [new ReturnAdviceLine(1, "BOOK-001", null, ReturnReason.Damaged, 3, 3, [new ReturnAdviceOutcome(ReturnDisposition.Scrap, 2, "bad", null)])],
        }));
    }
}
