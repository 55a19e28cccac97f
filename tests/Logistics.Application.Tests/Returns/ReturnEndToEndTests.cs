using Logistics.Application.Reports;
using Logistics.Application.Returns;
using Logistics.Application.Returns.Intake;
using Logistics.Application.Tests.Support;
using Logistics.Application.Warehouse.Work;
using Logistics.Domain.Returns;
using Microsoft.DurableTask.Client;
using static Logistics.Application.Tests.Returns.ReturnStock;

namespace Logistics.Application.Tests.Returns;

/// <summary>
/// Issue 14, must show 1: a return with three lines ending in restock, return to supplier and scrap, with the ledger's
/// current-stock list, the live balances and the hand-computed numbers agreeing after every step.
/// </summary>
public sealed class ReturnEndToEndTests
{
    public const string ThreeLines = """
        {"returnNumber":"RMA-1","expectedDate":"2026-11-22",
         "supplier":{"name":"Demo Print Plant","addressLines":["1 Press Road"],"city":"Leeds","country":"GB"},
         "lines":[
          {"lineNumber":1,"sku":"SKU-B","quantity":4,"unit":"EA","reason":"unsold"},
          {"lineNumber":2,"sku":"SKU-A","quantity":3,"unit":"EA","lot":"L-7","reason":"damaged","requestedDisposition":"returnToSupplier"},
          {"lineNumber":3,"sku":"SKU-C","quantity":1,"unit":"CA","reason":"expired"}]}
        """;

    [Fact]
    public async Task Three_lines_end_in_restock_return_to_supplier_and_scrap_and_the_ledger_agrees_with_the_balances_after_every_step()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        await Notices.RegisterItemsAsync(warehouse);
        var client = warehouse.Durable;
        var receiving = warehouse.Get<ReturnReceiving>();
        var inspection = warehouse.Get<ReturnInspection>();

        // 10 SKU-B on hand before the return: on hand 10, available 10.
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-01", 10);
        await AssertAsync(warehouse, "before", ("SKU-B", null, Columns(10, 0, 0, 10, 0, 0, 0)));

        // The notice books nothing: a return is no promise of goods.
        var accepted = await warehouse.Get<ReturnIntake>().AcceptJsonAsync(client, Notices.Owner, ThreeLines, CancellationToken.None);
        Assert.True(accepted.IsNew);
        var flow = new ReturnFlow(warehouse, accepted.ReturnId);
        await flow.AtStageAsync("AwaitingArrival");
        await AssertAsync(warehouse, "accepted", ("SKU-B", null, Columns(10, 0, 0, 10, 0, 0, 0)));

        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(ReturnProgress.Receiving, await receiving.RecordArrivalAsync(client, flow.ReturnId, 2, CancellationToken.None));
        await flow.AtStageAsync("Receiving");
        await AssertAsync(warehouse, "arrived", ("SKU-B", null, Columns(10, 0, 0, 10, 0, 0, 0)));

        // Each scan books its units into the returns area, pending decision: physically here, usable by nobody.
        await receiving.RecordScanAsync(client, flow.ReturnId, new ReturnScanInput("s1", Barcode: "4006381333931", Quantity: 4), CancellationToken.None);
        await AssertAsync(warehouse, "scan s1", ("SKU-B", null, Columns(10, 0, 0, 10, 4, 0, 0)));
        await receiving.RecordScanAsync(client, flow.ReturnId, new ReturnScanInput("s2", Sku: "SKU-A", Lot: "L-7", Quantity: 3, Condition: "damaged"), CancellationToken.None);
        await AssertAsync(warehouse, "scan s2", ("SKU-A", "L-7", Columns(0, 0, 0, 0, 3, 0, 0)), ("SKU-B", null, Columns(10, 0, 0, 10, 4, 0, 0)));
        await receiving.RecordScanAsync(client, flow.ReturnId, new ReturnScanInput("s3", Sku: "SKU-C", Quantity: 6, Condition: "expired"), CancellationToken.None);
        // One SKU-B more than announced: received, and flagged at close.
        await receiving.RecordScanAsync(client, flow.ReturnId, new ReturnScanInput("s4", Sku: "SKU-B", Quantity: 1), CancellationToken.None);
        var duplicate = await receiving.RecordScanAsync(client, flow.ReturnId, new ReturnScanInput("s1", Barcode: "4006381333931", Quantity: 4), CancellationToken.None);
        Assert.True(duplicate.Duplicate);
        await AssertAsync(warehouse, "scans s3, s4 and s1 again",
            ("SKU-A", "L-7", Columns(0, 0, 0, 0, 3, 0, 0)), ("SKU-B", null, Columns(10, 0, 0, 10, 5, 0, 0)), ("SKU-C", null, Columns(0, 0, 0, 0, 6, 0, 0)));

        // Close: line 2 goes back to the supplier as the notice asked (pending return to supplier); the 5th SKU-B is an
        // over-return, held in the pending area for the owner; lines 1 and 3 await inspection.
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await receiving.CloseAsync(client, flow.ReturnId, CancellationToken.None));
        Assert.False(await receiving.CloseAsync(client, flow.ReturnId, CancellationToken.None));
        await flow.AtStageAsync("Inspection");
        await AssertAsync(warehouse, "closed",
            ("SKU-A", "L-7", Columns(0, 0, 0, 0, 0, 3, 0)), ("SKU-B", null, Columns(10, 0, 0, 10, 5, 0, 0)), ("SKU-C", null, Columns(0, 0, 0, 0, 6, 0, 0)));
        var closed = await flow.DocumentAsync();
        Assert.Equal(
            [("P1", (int?)1, "SKU-B", 4L, false, (ReturnDisposition?)null), ("P2", 2, "SKU-A", 3L, false, ReturnDisposition.ReturnToSupplier),
             ("P3", 3, "SKU-C", 6L, false, null), ("P4", 1, "SKU-B", 1L, true, ReturnDisposition.Hold)],
            closed.Parts.Select(p => (p.PartId, p.LineNumber, p.Sku, p.Units, p.OverReturn, p.Disposition)));
        var (pending, _) = await warehouse.Get<WarehouseWorkQueries>().PendingDecisionStockAsync(CancellationToken.None);
        Assert.Equal([(Notices.Owner, "SKU-B", "PEND-01", 1L, (string?)flow.ReturnId)], pending.Select(p => (p.OwnerId, p.Sku, p.Location, p.Quantity, p.Reference)));

        // Inspection: P1 back to storage, P3 scrapped (moved to the scrap area and written off).
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        var restocked = await inspection.DisposeAsync(client, flow.ReturnId, new DispositionInput("P1", "restock"), CancellationToken.None);
        Assert.StartsWith("A-", Assert.Single(restocked.Locations), StringComparison.Ordinal);
        await AssertAsync(warehouse, "P1 restocked",
            ("SKU-A", "L-7", Columns(0, 0, 0, 0, 0, 3, 0)), ("SKU-B", null, Columns(14, 0, 0, 14, 1, 0, 0)), ("SKU-C", null, Columns(0, 0, 0, 0, 6, 0, 0)));
        await inspection.DisposeAsync(client, flow.ReturnId, new DispositionInput("P3", "scrap", Reason: "past its expiry"), CancellationToken.None);
        await flow.AtStageAsync("AwaitingOwner");
        await AssertAsync(warehouse, "P3 scrapped", ("SKU-A", "L-7", Columns(0, 0, 0, 0, 0, 3, 0)), ("SKU-B", null, Columns(14, 0, 0, 14, 1, 0, 0)));

        // The owner takes the over-returned unit back into stock; saying so twice changes nothing.
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        var decisions = warehouse.Get<ReturnDecisions>();
        await decisions.DecideAsync(client, Notices.Owner, flow.ReturnId, new ReturnDecisionInput("P4", "restock"), CancellationToken.None);
        await decisions.DecideAsync(client, Notices.Owner, flow.ReturnId, new ReturnDecisionInput("P4", "restock"), CancellationToken.None);
        await flow.AtStageAsync("AwaitingHandover");
        await AssertAsync(warehouse, "P4 decided", ("SKU-A", "L-7", Columns(0, 0, 0, 0, 0, 3, 0)), ("SKU-B", null, Columns(15, 0, 0, 15, 0, 0, 0)));
        Assert.Empty((await warehouse.Get<WarehouseWorkQueries>().PendingDecisionStockAsync(CancellationToken.None)).Stock);

        // The supplier's goods leave with the carrier.
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        await inspection.HandOverAsync(client, flow.ReturnId, new SupplierHandoverInput("P2", "dhlx", "TRK-9"), CancellationToken.None);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await flow.CompletionAsync()).RuntimeStatus);
        await AssertAsync(warehouse, "handed over", ("SKU-B", null, Columns(15, 0, 0, 15, 0, 0, 0)));

        // The advice: per line announced, received (the over-return included) and what became of it.
        var done = await flow.DocumentAsync();
        Assert.Equal(ReturnProgress.Completed, done.Progress);
        var advice = done.Advice!;
        Assert.Equal(
            [((int?)1, "SKU-B", 4L, 5L, 1L, "Restock 4, Restock 1"), (2, "SKU-A", 3L, 3L, 0L, "ReturnToSupplier 3"), (3, "SKU-C", 6L, 6L, 0L, "Scrap 6")],
            advice.Lines.Select(l => (l.LineNumber, l.Sku, l.Announced, l.Received, l.OverReturned, string.Join(", ", l.Outcomes.Select(o => $"{o.Disposition} {o.Units}")))));
        Assert.Contains("DHLX TRK-9 to Demo Print Plant", advice.Lines[1].Outcomes[0].Note, StringComparison.Ordinal);

        // The stock ledger of the day counts the 14 received units as returned, the scrap as disposed and the supplier's as shipped.
        var day = new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
        var ledger = await warehouse.Get<StockReports>().LedgerAsync(Notices.Owner, day, day.AddDays(1), CancellationToken.None);
        Assert.Equal(
            [("SKU-A", 0L, 3L, 0L, 3L, 0L), ("SKU-B", 10L, 5L, 0L, 0L, 15L), ("SKU-C", 0L, 6L, 6L, 0L, 0L)],
            ledger.Lines.Select(l => (l.Sku, l.AdjustedIn, l.Returned, l.Disposed, l.Shipped, l.Closing)));
    }
}
