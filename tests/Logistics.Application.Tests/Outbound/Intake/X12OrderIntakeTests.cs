using Logistics.Application.Outbound;
using Logistics.Application.Tests.Intake;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Outbound;

namespace Logistics.Application.Tests.Outbound.Intake;

/// <summary>Partners' 940s as they send them, through the real intake onto an item master: answered with an accepting 997 and taken as orders.</summary>
public sealed class X12OrderIntakeTests
{
    [Fact]
    public async Task A_004010_940_naming_items_by_UPC_in_test_mode_is_accepted_and_taken()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);

        var result = await OrderFiles.PostX12Async(warehouse, OrderFiles.Load("940-upc.edi"));

        Assert.Equal(["AK5*A"], X12Files.SetAnswer(result.Acknowledgment));
        Assert.Contains("AK9*A*1*1*1", X12Files.Segments(result.Acknowledgment));
        Assert.False(result.HasRejections);
        var accepted = Assert.Single(result.Orders);
        Assert.Equal(("acme~ORD-1001", true, "Received"), (accepted.OrderId, accepted.IsNew, accepted.Stage));
        var order = await Orders.ReadAsync(warehouse, accepted.OrderId);
        Assert.Equal([(1, "BOOK-002", 10, 10, "EA"), (2, "BOOK-003", 4, 4, "EA")], order.Lines.Select(l => (l.LineNumber, l.Sku, l.Units, l.OrderedQuantity, l.OrderedUnit)));
        Assert.Equal(("940", "ZZ", "DEMOPUB", "00401", "T"), (order.SourceFormat, order.X12Qualifier, order.X12SenderId, order.X12Version, order.X12UsageIndicator));
        Assert.Equal(("PO-55501", ShippingPolicy.ShipPartial, new DateOnly(2026, 11, 25), (DateOnly?)null), (order.PurchaseOrder, order.Policy, order.ShipBy, order.DeliverBy));
        Assert.Equal(("Corner Books", "Springfield", "IL", "62701", "US"), (order.ShipTo.Name, order.ShipTo.City, order.ShipTo.Region, order.ShipTo.PostalCode, order.ShipTo.Country));
        Assert.Equal(["12 High Street"], order.ShipTo.AddressLines);
        Assert.Equal("Demo Publisher", order.ShipFrom?.Name);
        Assert.Equal(((string?)null, (string?)null), (order.Carrier, order.Service));
    }

    [Fact]
    public async Task A_005010_940_by_SKU_and_EAN_in_cases_with_a_lot_asking_for_a_TA1_is_answered_in_005010_and_taken_in_eaches()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);

        var result = await OrderFiles.PostX12Async(warehouse, OrderFiles.Load("940-sku.edi"));

        var segments = X12Files.Segments(result.Acknowledgment);
        Assert.Equal("TA1*000000302*261121*0915*A*000", segments[1]);
        Assert.Contains("AK1*OW*302*005010", segments);
        Assert.Contains("AK2*940*0002*X-940", segments);
        Assert.Equal(["AK5*A"], X12Files.SetAnswer(result.Acknowledgment, "0002"));
        var order = await Orders.ReadAsync(warehouse, Assert.Single(result.Orders).OrderId);
        Assert.Equal(
            [
                (1, "BOOK-001", 24, 2, "CA", "LOT-A1", "Atlas of Trade Routes"),
                (2, "MAG-2026-01", 300, 12, "CA", null, "Monthly Magazine January issue"),
                (3, "BOOK-002", 50, 5, "CA", null, null),
            ],
            order.Lines.Select(l => (l.LineNumber, l.Sku, l.Units, l.OrderedQuantity, l.OrderedUnit, l.Lot, l.Description)));
        Assert.Equal(("ORD-2002", "PO-9912", new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 30)), (order.OrderNumber, order.PurchaseOrder, order.ShipBy, order.DeliverBy));
        Assert.Equal(("XPOL", "GROUND"), (order.Carrier, order.Service));
        Assert.Equal(["Deliver to dock 3 only"], order.Notes);
        Assert.Equal(("Northwind Retail DC", "Columbus", "Dock Office", "6145550100"), (order.ShipTo.Name, order.ShipTo.City, order.ShipTo.Contact, order.ShipTo.Phone));
        Assert.Equal(["400 Commerce Way", "Building B"], order.ShipTo.AddressLines);
        Assert.Equal(("00501", "P"), (order.X12Version, order.X12UsageIndicator));
    }

    [Fact]
    public async Task A_940_with_pipes_and_newlines_naming_items_by_EAN_and_ISBN_is_accepted_and_taken()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);

        var result = await OrderFiles.PostX12Async(warehouse, OrderFiles.Load("940-ean.edi"));

        Assert.Equal(["AK5*A"], X12Files.SetAnswer(result.Acknowledgment, "0003"));
        var order = await Orders.ReadAsync(warehouse, Assert.Single(result.Orders).OrderId);
        Assert.Equal([(10, "BOOK-001", 3), (20, "BOOK-001", 1), (30, "BOOK-004", 6)], order.Lines.Select(l => (l.LineNumber, l.Sku, l.Units)));
        Assert.Equal(("BH-77-0003", "UPSN", "BOOKHOUSE"), (order.OrderNumber, order.Carrier, order.X12SenderId));
        Assert.Equal(("City Library", "Leeds", (string?)null, "LS1 3AB", "GB"), (order.ShipTo.Name, order.ShipTo.City, order.ShipTo.Region, order.ShipTo.PostalCode, order.ShipTo.Country));
    }

    [Fact]
    public async Task A_940_sent_again_is_a_repeat_and_its_replacement_and_cancellation_are_applied_before_picking()
    {
        await using var warehouse = new TestWarehouse();
        await OrderFiles.RegisterItemsAsync(warehouse);
        await OrderFiles.PostX12Async(warehouse, OrderFiles.Load("940-upc.edi"));

        var again = await OrderFiles.PostX12Async(warehouse, OrderFiles.Load("940-upc.edi"));
        var replaced = await OrderFiles.PostX12Async(warehouse, OrderFiles.Load("940-replace.edi"));
        var afterReplace = await Orders.ReadAsync(warehouse, "acme~ORD-1001");
        var cancelled = await OrderFiles.PostX12Async(warehouse, OrderFiles.Load("940-cancel.edi"));

        Assert.All([again, replaced, cancelled], r => Assert.False(r.HasRejections));
        Assert.Equal((false, "Received"), (Assert.Single(again.Orders).IsNew, again.Orders[0].Stage));
        Assert.Equal((1, new DateOnly(2026, 11, 26)), (afterReplace.Revision, afterReplace.ShipBy));
        Assert.Equal([10, 6], afterReplace.Lines.Select(l => l.Units));
        Assert.Equal("Cancelled", Assert.Single(cancelled.Orders).Stage);
        Assert.Equal(OrderStage.Cancelled, (await Orders.ReadAsync(warehouse, "acme~ORD-1001")).Stage);
    }
}
