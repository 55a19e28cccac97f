using Logistics.Application.Common;
using Logistics.Application.Outbound;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Outbound;

namespace Logistics.Application.Tests.Outbound.Intake;

/// <summary>JSON orders through the real intake onto an item master: taken in eaches, repeated, replaced, cancelled or refused by pointer.</summary>
public sealed class JsonOrderIntakeTests
{
    private static readonly (string Sku, int Quantity, string Unit, string? Lot)[] ThreeLines =
        [("BOOK-002", 3, "CA", null), ("BOOK-003", 4, "EA", null), ("BOOK-001", 2, "EA", "LOT-A1")];

    [Fact]
    public async Task A_new_order_is_received_with_its_lines_in_eaches_and_its_orchestration_started()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);

        var accepted = await OrderFiles.PostJsonAsync(warehouse, OrderFiles.Json("SO-1", "original", ThreeLines));

        Assert.Equal(("acme~SO-1", "SO-1", "outbound~acme~SO-1", true, "Received"), (accepted.OrderId, accepted.OrderNumber, accepted.InstanceId, accepted.IsNew, accepted.Stage));
        var order = await Orders.ReadAsync(warehouse, accepted.OrderId);
        Assert.Equal(
            [(1, "BOOK-002", 30, 3, "CA", null), (2, "BOOK-003", 4, 4, "EA", null), (3, "BOOK-001", 2, 2, "EA", "LOT-A1")],
            order.Lines.Select(l => (l.LineNumber, l.Sku, l.Units, l.OrderedQuantity, l.OrderedUnit, l.Lot)));
        Assert.Equal(("json", ShippingPolicy.ShipPartial, "PO-77", OrderStage.Received, 0, warehouse.Clock.GetUtcNow()),
            (order.SourceFormat, order.Policy, order.PurchaseOrder, order.Stage, order.Revision, order.AcceptedAt));
        Assert.Equal((new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 27), "UPSN", "GROUND"), (order.ShipBy, order.DeliverBy, order.Carrier, order.Service));
        Assert.Equal(["Ring the bell"], order.Notes);
        Assert.Equal(("Corner Books", "Springfield", "IL", "62701", "US", "Dock Office", "6145550100"),
            (order.ShipTo.Name, order.ShipTo.City, order.ShipTo.Region, order.ShipTo.PostalCode, order.ShipTo.Country, order.ShipTo.Contact, order.ShipTo.Phone));
        Assert.Equal(["12 High Street"], order.ShipTo.AddressLines);
        Assert.Null(order.X12SenderId);
        Assert.NotNull(await warehouse.Durable.GetInstancesAsync(accepted.InstanceId));
    }

    [Fact]
    public async Task The_same_order_posted_again_is_a_repeat_that_changes_nothing()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);
        var json = OrderFiles.Json("SO-1", "original", ThreeLines);
        var first = await OrderFiles.PostJsonAsync(warehouse, json);
        var before = await OrderFiles.StoredAsync(warehouse);
        warehouse.Clock.Advance(TimeSpan.FromHours(1));

        var again = await OrderFiles.PostJsonAsync(warehouse, json);

        Assert.Equal((first.OrderId, first.InstanceId, false, "Received"), (again.OrderId, again.InstanceId, again.IsNew, again.Stage));
        Assert.Equal(before, await OrderFiles.StoredAsync(warehouse));
    }

    [Fact]
    public async Task Other_content_under_a_taken_number_is_refused_and_the_first_order_stands()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);
        await OrderFiles.PostJsonAsync(warehouse, OrderFiles.Json("SO-1", "original", ThreeLines));
        var before = await OrderFiles.StoredAsync(warehouse);

        var refused = await Assert.ThrowsAsync<StateConflictException>(() =>
            OrderFiles.PostJsonAsync(warehouse, OrderFiles.Json("SO-1", "original", ("BOOK-003", 5, "EA", null))));

        Assert.Contains("Order number SO-1 is already taken by an order with other content", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await OrderFiles.StoredAsync(warehouse));
    }

    [Fact]
    public async Task A_replacement_before_picking_takes_the_new_lines_as_revision_1()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);
        await OrderFiles.PostJsonAsync(warehouse, OrderFiles.Json("SO-1", "original", ThreeLines));

        var replaced = await OrderFiles.PostJsonAsync(warehouse, OrderFiles.Json("SO-1", "replace", ("BOOK-003", 5, "EA", null), ("BOOK-002", 1, "CA", null)));

        Assert.Equal((false, "Received"), (replaced.IsNew, replaced.Stage));
        var order = await Orders.ReadAsync(warehouse, replaced.OrderId);
        Assert.Equal(1, order.Revision);
        Assert.Equal([(1, "BOOK-003", 5), (2, "BOOK-002", 10)], order.Lines.Select(l => (l.LineNumber, l.Sku, l.Units)));
    }

    [Fact]
    public async Task A_cancellation_cancels_the_order_and_is_not_checked_beyond_its_number()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);
        await OrderFiles.PostJsonAsync(warehouse, OrderFiles.Json("SO-1", "original", ThreeLines));

        // The repeated line names no item of the master: a cancellation names an order, not goods.
        var cancelled = await OrderFiles.PostJsonAsync(warehouse, OrderFiles.Json("SO-1", "cancel", ("NOPE-1", 5, "EA", null)));

        Assert.Equal((false, "Cancelled"), (cancelled.IsNew, cancelled.Stage));
        var order = await Orders.ReadAsync(warehouse, cancelled.OrderId);
        Assert.Equal((OrderStage.Cancelled, warehouse.Clock.GetUtcNow()), (order.Stage, order.CancelledAt));
        Assert.Equal([30, 4, 2], order.Lines.Select(l => l.Units));
    }

    [Fact]
    public async Task A_cancellation_of_no_order_is_refused()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);

        var refused = await Assert.ThrowsAsync<StateConflictException>(() => OrderFiles.PostJsonAsync(warehouse, OrderFiles.Json("SO-9", "cancel")));

        Assert.Equal("There is no order SO-9 to cancel.", refused.Message);
        await OrderFiles.AssertNoOrderAsync(warehouse);
    }

    [Theory]
    [InlineData("NOPE-1", 5, "EA", null, "/lines/1/sku", "Line 2: item NOPE-1 is not in your item master")]
    [InlineData("BOOK-003", 5, "CA", null, "/lines/1/unit", "Line 2: item BOOK-003 is packed as eaches; order it in EA.")]
    [InlineData("BOOK-003", 5, "EA", "LOT-9", "/lines/1/lot", "Line 2: item BOOK-003 is not lot-controlled")]
    [InlineData("BOOK-002", 100_001, "CA", null, "/lines/1/quantity", "are 1,000,010 units, above the limit of 1,000,000 per line")]
    [InlineData("BOOK-003", 0, "EA", null, "/lines/1/quantity", "'quantity'")]
    public async Task A_faulty_line_is_refused_at_its_pointer_and_nothing_is_stored(string sku, int quantity, string unit, string? lot, string pointer, string message)
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);

        // The sound first line shows that the pointer names the faulty line, not the order.
        var refused = await Assert.ThrowsAsync<WarehouseValidationException>(() =>
            OrderFiles.PostJsonAsync(warehouse, OrderFiles.Json("SO-1", "original", ("BOOK-004", 1, "EA", null), (sku, quantity, unit, lot))));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(pointer, error.Pointer);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        await OrderFiles.AssertNoOrderAsync(warehouse);
    }

    [Fact]
    public async Task A_ship_by_date_more_than_a_year_away_is_refused_at_shipBy()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);
        var json = OrderFiles.Json("SO-1", "original", ("BOOK-003", 5, "EA", null));
        var farOff = json.Replace("\"shipBy\":\"2026-11-25\",\"deliverBy\":\"2026-11-27\"", "\"shipBy\":\"2027-11-23\"", StringComparison.Ordinal);
        Assert.NotEqual(json, farOff);

        var refused = await Assert.ThrowsAsync<WarehouseValidationException>(() => OrderFiles.PostJsonAsync(warehouse, farOff));

        Assert.Equal(("/shipBy", "Ship-by date 2027-11-23 is more than a year from today (2026-11-21)."), (Assert.Single(refused.Errors).Pointer, refused.Errors[0].Message));
        await OrderFiles.AssertNoOrderAsync(warehouse);
    }
}
