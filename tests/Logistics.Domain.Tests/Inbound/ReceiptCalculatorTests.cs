using Logistics.Domain.Inbound;
using static Logistics.Domain.Tests.Builders;

namespace Logistics.Domain.Tests.Inbound;

public class ReceiptCalculatorTests
{
    [Fact]
    public void Exact_receipt_has_no_discrepancy()
    {
        var result = Assert.Single(ReceiptCalculator.Compute([Line(1, "A", 10)], [Scan("A", 4), Scan("A", 6)]));
        Assert.Equal(Discrepancy.None, result.Discrepancies);
        Assert.Equal(10, result.AcceptedGood);
    }

    [Fact]
    public void Fewer_units_is_short()
    {
        var result = Assert.Single(ReceiptCalculator.Compute([Line(1, "A", 10)], [Scan("A", 7)]));
        Assert.Equal(Discrepancy.Short, result.Discrepancies);
        Assert.Equal(3, result.ShortQuantity);
    }

    [Fact]
    public void More_units_is_over_and_excess_is_pending()
    {
        var result = Assert.Single(ReceiptCalculator.Compute([Line(1, "A", 10)], [Scan("A", 12)]));
        Assert.Equal(Discrepancy.Over, result.Discrepancies);
        Assert.Equal((2, 10, 2), (result.OverQuantity, result.AcceptedGood, result.PendingGood));
    }

    [Fact]
    public void Damaged_units_count_as_arrived_but_not_good()
    {
        var result = Assert.Single(ReceiptCalculator.Compute([Line(1, "A", 10)], [Scan("A", 6), Scan("A", 2, condition: ItemCondition.Damaged)]));
        Assert.Equal(Discrepancy.Short | Discrepancy.Damaged, result.Discrepancies);
        Assert.Equal((6, 2, 2), (result.ReceivedGood, result.ReceivedDamaged, result.ShortQuantity));
    }

    [Fact]
    public void Unknown_code_is_its_own_result()
    {
        var results = ReceiptCalculator.Compute([Line(1, "A", 1)], [Scan("A", 1), UnknownScan("0000111", 3)]);
        Assert.Equal(2, results.Count);
        Assert.Null(results[1].LineNumber);
        Assert.Equal(Discrepancy.UnknownItem, results[1].Discrepancies);
        Assert.Equal((0, 3), (results[1].AcceptedGood, results[1].PendingGood));
    }

    [Fact]
    public void Item_not_on_notice_is_over_with_nothing_expected()
    {
        var results = ReceiptCalculator.Compute([Line(1, "A", 1)], [Scan("A", 1), Scan("B", 5)]);
        Assert.Equal(Discrepancy.Over, results[1].Discrepancies);
        Assert.Equal(("B", 0, 5), (results[1].Item.Sku!.Value, results[1].Expected, results[1].PendingGood));
    }

    [Fact]
    public void Wrong_lot_does_not_match_a_lotted_line()
    {
        var results = ReceiptCalculator.Compute([Line(1, "A", 5, lot: "L1")], [Scan("A", 5, lot: "L2")]);
        Assert.Equal(Discrepancy.Short, results[0].Discrepancies);
        Assert.Equal(Discrepancy.Over, results[1].Discrepancies);
        Assert.Equal("L2", results[1].Lot!.Value);
    }

    [Fact]
    public void Good_units_fill_lines_of_same_item_in_order_and_excess_goes_to_last()
    {
        var results = ReceiptCalculator.Compute([Line(2, "A", 5), Line(1, "A", 3)], [Scan("A", 10)]);
        Assert.Equal((1, 3, Discrepancy.None), (results[0].LineNumber!.Value, results[0].ReceivedGood, results[0].Discrepancies));
        Assert.Equal((2, 7, Discrepancy.Over), (results[1].LineNumber!.Value, results[1].ReceivedGood, results[1].Discrepancies));
    }
}
