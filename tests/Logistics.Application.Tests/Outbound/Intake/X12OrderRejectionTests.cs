using Logistics.Application.Outbound;
using Logistics.Application.Tests.Intake;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Outbound.Intake;

/// <summary>
/// 940s the rules or the intake refuse: the 997 names the segment, element and code, the reason is in the notes, and
/// nothing is created or changed.
/// </summary>
public sealed class X12OrderRejectionTests
{
    [Fact]
    public async Task An_unknown_UPC_is_code_7_at_its_W01_id_element_and_creates_nothing()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);
        var x12 = Once(OrderFiles.Load("940-upc.edi"), "W01*4*EA**UP*012345678905", "W01*4*EA**UP*042100005264");

        var result = await OrderFiles.PostX12Async(warehouse, x12);

        Assert.Equal(["AK3*W01*12**8", "AK4*5*234*7*042100005264", "AK5*R*5"], X12Files.SetAnswer(result.Acknowledgment));
        Assert.Contains("AK9*R*1*1*0", X12Files.Segments(result.Acknowledgment));
        Assert.True(result.HasRejections);
        Assert.Empty(result.Orders);
        Assert.Contains(result.Notes, n => n.Contains("UP 042100005264 is not a barcode of any item in your item master", StringComparison.Ordinal));
        await OrderFiles.AssertNoOrderAsync(warehouse);
    }

    [Fact]
    public async Task Cases_of_an_item_packed_as_eaches_are_code_7_at_W0102()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);
        var x12 = Once(OrderFiles.Load("940-upc.edi"), "W01*4*EA**UP*012345678905", "W01*4*CA**UP*012345678905");

        var result = await OrderFiles.PostX12Async(warehouse, x12);

        Assert.Equal(["AK3*W01*12**8", "AK4*2*355*7*CA", "AK5*R*5"], X12Files.SetAnswer(result.Acknowledgment));
        await OrderFiles.AssertNoOrderAsync(warehouse);
    }

    [Fact]
    public async Task A_ship_by_date_more_than_a_year_away_is_code_8_at_the_G62_it_came_from()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);
        var x12 = Once(OrderFiles.Load("940-upc.edi"), "G62*10*20261125", "G62*10*20280105");

        var result = await OrderFiles.PostX12Async(warehouse, x12);

        Assert.Equal(["AK3*G62*7**8", "AK4*2*373*8*20280105", "AK5*R*5"], X12Files.SetAnswer(result.Acknowledgment));
        await OrderFiles.AssertNoOrderAsync(warehouse);
    }

    [Fact]
    public async Task An_original_under_a_number_taken_by_other_content_is_refused_at_W0502_and_the_first_order_stands()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);
        await OrderFiles.PostX12Async(warehouse, OrderFiles.Load("940-upc.edi"));
        var before = await OrderFiles.StoredAsync(warehouse);

        var result = await OrderFiles.PostX12Async(warehouse, Once(OrderFiles.Load("940-upc.edi"), "W01*4*EA", "W01*5*EA").Replace("W76*14", "W76*15", StringComparison.Ordinal));

        Assert.Equal(["AK3*W05*2**8", "AK4*2*285*7*ORD-1001", "AK5*R*5"], X12Files.SetAnswer(result.Acknowledgment));
        Assert.Empty(result.Orders);
        Assert.Contains(result.Notes, n => n.Contains("Order number ORD-1001 is already taken by an order with other content", StringComparison.Ordinal));
        Assert.Equal(before, await OrderFiles.StoredAsync(warehouse));
    }

    [Fact]
    public async Task A_replacement_after_picking_started_is_refused_at_W0501_with_the_reason_and_the_order_stands()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);
        var placed = Assert.Single((await OrderFiles.PostX12Async(warehouse, OrderFiles.Load("940-upc.edi"))).Orders);
        await Orders.StockAsync(warehouse, "BOOK-002", null, "A-01-01", 20);
        var allocated = await warehouse.Get<OrderAllocation>().AllocateAsync(OrderFiles.Owner, placed.OrderId, CancellationToken.None);
        var task = Assert.Single(allocated.PickTasks);
        await warehouse.Get<OrderPicking>().RecordAsync(warehouse.Durable, placed.OrderId,
            new PickScanInput("scan-1", task.TaskNumber, task.Location, Sku: task.Sku, Quantity: 1), CancellationToken.None);
        var before = await OrderFiles.StoredAsync(warehouse);

        var result = await OrderFiles.PostX12Async(warehouse, OrderFiles.Load("940-replace.edi"));

        Assert.Equal(["AK3*W05*2**8", "AK4*1*473*7*R", "AK5*R*5"], X12Files.SetAnswer(result.Acknowledgment, "0005"));
        Assert.True(result.HasRejections);
        Assert.Empty(result.Orders);
        Assert.Contains(result.Notes, n => n.Contains("Order ORD-1001 can no longer be changed: picking started (1 units picked", StringComparison.Ordinal));
        Assert.Equal(before, await OrderFiles.StoredAsync(warehouse));
        Assert.Equal([10, 4], (await Orders.ReadAsync(warehouse, placed.OrderId)).Lines.Select(l => l.Units));
    }

    [Fact]
    public async Task A_cancellation_of_no_order_is_refused_at_W0501()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);

        var result = await OrderFiles.PostX12Async(warehouse, OrderFiles.Load("940-cancel.edi"));

        Assert.Equal(["AK3*W05*2**8", "AK4*1*473*7*F", "AK5*R*5"], X12Files.SetAnswer(result.Acknowledgment, "0004"));
        Assert.Contains(result.Notes, n => n.Contains("There is no order ORD-1001 to cancel.", StringComparison.Ordinal));
        await OrderFiles.AssertNoOrderAsync(warehouse);
    }

    /// <summary>Replaces exactly one occurrence, so a typo in a test's change fails loudly instead of testing the sample as it is.</summary>
    private static string Once(string text, string oldValue, string newValue)
    {
        var first = text.IndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(first >= 0 && text.IndexOf(oldValue, first + 1, StringComparison.Ordinal) < 0, $"'{oldValue}' must occur exactly once");
        return string.Concat(text.AsSpan(0, first), newValue, text.AsSpan(first + oldValue.Length));
    }
}
