using Logistics.Domain.Returns;

namespace Logistics.Domain.Tests.Returns;

public sealed class ReturnReceiptTests
{
    [Fact]
    public void Units_fill_their_lines_lot_first_and_the_rest_is_an_over_return_flagged_on_its_line_or_unannounced()
    {
        ReturnExpectation[] lines = [new(1, "A", null, 5), new(2, "A", "L1", 2), new(3, "B", null, 1)];
        ReturnedUnits[] received = [new("A", "L1", ReturnCondition.Good, 4), new("A", "L1", ReturnCondition.Damaged, 4), new("C", null, ReturnCondition.Good, 2)];

        var parts = ReturnReceipt.Split(lines, received);

        Assert.Equal(
            [("P1", (int?)1, "A", ReturnCondition.Good, 2L, false), ("P2", 1, "A", ReturnCondition.Damaged, 3L, false), ("P3", 2, "A", ReturnCondition.Good, 2L, false),
             ("P4", 2, "A", ReturnCondition.Damaged, 1L, true), ("P5", null, "C", ReturnCondition.Good, 2L, true)],
            parts.Select(p => (p.PartId, p.LineNumber, p.Sku, p.Condition, p.Units, p.OverReturn)));
        Assert.Equal(received.Sum(r => r.Units), parts.Sum(p => p.Units));
    }

    [Fact]
    public void A_request_decides_at_close_but_never_restocks_goods_found_in_a_bad_condition_and_over_returns_are_held()
    {
        var good = new ReturnPart("P1", 1, "A", null, ReturnCondition.Good, 1, false);
        Assert.Equal(ReturnDisposition.Restock, ReturnDispositionRules.AtClose(good, ReturnDisposition.Restock));
        Assert.Null(ReturnDispositionRules.AtClose(good with { Condition = ReturnCondition.Expired }, ReturnDisposition.Restock));
        Assert.Equal(ReturnDisposition.Scrap, ReturnDispositionRules.AtClose(good with { Condition = ReturnCondition.Damaged }, ReturnDisposition.Scrap));
        Assert.Null(ReturnDispositionRules.AtClose(good, null));
        Assert.Equal(ReturnDisposition.Hold, ReturnDispositionRules.AtClose(good with { OverReturn = true }, ReturnDisposition.Restock));
        Assert.Equal(ReturnDisposition.Restock, ReturnDispositionRules.DefaultFor(ReturnCondition.Good));
        Assert.Equal(ReturnDisposition.Scrap, ReturnDispositionRules.DefaultFor(ReturnCondition.Defective));
    }
}
