using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Returns;
using Logistics.Application.Returns.Intake;
using Logistics.Application.Tests.Support;
using Logistics.Application.Warehouse;
using Logistics.Domain.Returns;
using Logistics.Storage.Messaging;
using Microsoft.DurableTask.Client;
using static Logistics.Application.Tests.Returns.ReturnStock;

namespace Logistics.Application.Tests.Returns;

/// <summary>Returns' promises: idempotent intake, scans and decisions; over-returns flagged; defaults at the deadline; bad input changing nothing.</summary>
public sealed class ReturnRulesTests
{
    private const string OneLine = """{"returnNumber":"RMA-2","lines":[{"lineNumber":1,"sku":"SKU-B","quantity":2,"unit":"EA","reason":"refused"}]}""";

    [Fact]
    public async Task The_same_notice_twice_is_accepted_once_and_a_different_body_under_its_number_is_a_conflict_unless_it_replaces_it_before_arrival()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var intake = warehouse.Get<ReturnIntake>();
        var first = await intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, OneLine, CancellationToken.None);
        var again = await intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, OneLine.Replace("\"lines\"", " \"lines\"", StringComparison.Ordinal), CancellationToken.None);
        Assert.True(first.IsNew);
        Assert.False(again.IsNew);
        Assert.Equal(first.InstanceId, again.InstanceId);
        Assert.Single(await warehouse.AllAsync<ReturnDocument>(Notices.Owner, ReturnDocument.Kind));

        var other = OneLine.Replace("\"quantity\":2", "\"quantity\":3", StringComparison.Ordinal);
        await Assert.ThrowsAsync<StateConflictException>(() => intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, other, CancellationToken.None));
        var replaced = await intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, other.Replace("{\"returnNumber\"", "{\"purpose\":\"replace\",\"returnNumber\"", StringComparison.Ordinal), CancellationToken.None);
        var stored = (await warehouse.Get<ReturnRepository>().GetAsync(replaced.ReturnId, null, CancellationToken.None)).Value;
        Assert.Equal((1, 3L), (stored.Revision, stored.Lines.Single().Units));

        await warehouse.Get<ReturnReceiving>().RecordArrivalAsync(warehouse.Durable, first.ReturnId, null, CancellationToken.None);
        var cancel = """{"purpose":"cancel","returnNumber":"RMA-2","lines":[]}""";
        await Assert.ThrowsAsync<StateConflictException>(() => intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, cancel, CancellationToken.None));
    }

    [Fact]
    public async Task Bad_input_gets_every_fault_by_pointer_and_changes_nothing()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var intake = warehouse.Get<ReturnIntake>();
        var bad = await Assert.ThrowsAsync<WarehouseValidationException>(() => intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner,
            """{"returnNumber":"RMA-3","lines":[{"lineNumber":1,"sku":"NOPE","quantity":2,"unit":"EA","reason":"refused"},{"lineNumber":2,"sku":"SKU-B","quantity":1,"unit":"CA","reason":"lost"}]}""",
            CancellationToken.None));
        Assert.Contains(bad.Errors, e => e.Pointer == "/lines/1/reason");
        var unknown = await Assert.ThrowsAsync<WarehouseValidationException>(() => intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner,
            """{"returnNumber":"RMA-3","lines":[{"lineNumber":1,"sku":"NOPE","quantity":2,"unit":"EA","reason":"refused"},{"lineNumber":2,"sku":"SKU-B","quantity":1,"unit":"CA","reason":"other"}]}""",
            CancellationToken.None));
        Assert.Equal(["/lines/0/sku", "/lines/1/unit"], unknown.Errors.Select(e => e.Pointer));
        Assert.Empty(await warehouse.AllAsync<ReturnDocument>(Notices.Owner, ReturnDocument.Kind));

        var accepted = await intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, OneLine, CancellationToken.None);
        var receiving = warehouse.Get<ReturnReceiving>();
        await Assert.ThrowsAsync<StateConflictException>(() => receiving.RecordScanAsync(warehouse.Durable, accepted.ReturnId, new ReturnScanInput("s1", Sku: "SKU-B", Quantity: 1), CancellationToken.None));
        await receiving.RecordArrivalAsync(warehouse.Durable, accepted.ReturnId, null, CancellationToken.None);
        var scan = await Assert.ThrowsAsync<WarehouseValidationException>(() =>
            receiving.RecordScanAsync(warehouse.Durable, accepted.ReturnId, new ReturnScanInput(" ", Sku: "SKU-X", Quantity: 0, Condition: "soggy"), CancellationToken.None));
        Assert.Equal(["/scanId", "/quantity", "/condition", "/sku"], scan.Errors.Select(e => e.Pointer));
        var lot = await Assert.ThrowsAsync<WarehouseValidationException>(() =>
            receiving.RecordScanAsync(warehouse.Durable, accepted.ReturnId, new ReturnScanInput("s2", Sku: "SKU-A", Quantity: 1), CancellationToken.None));
        Assert.Equal("/lot", Assert.Single(lot.Errors).Pointer);
        await AssertAsync(warehouse, "after bad scans");

        await receiving.RecordScanAsync(warehouse.Durable, accepted.ReturnId, new ReturnScanInput("s1", Sku: "SKU-B", Quantity: 2), CancellationToken.None);
        await Assert.ThrowsAsync<StateConflictException>(() =>
            receiving.RecordScanAsync(warehouse.Durable, accepted.ReturnId, new ReturnScanInput("s1", Sku: "SKU-B", Quantity: 1), CancellationToken.None));
        await receiving.CloseAsync(warehouse.Durable, accepted.ReturnId, CancellationToken.None);
        var inspection = warehouse.Get<ReturnInspection>();
        var noReason = await Assert.ThrowsAsync<WarehouseValidationException>(() =>
            inspection.DisposeAsync(warehouse.Durable, accepted.ReturnId, new DispositionInput("P1", "scrap"), CancellationToken.None));
        Assert.Equal("/reason", Assert.Single(noReason.Errors).Pointer);
        var noSupplier = await Assert.ThrowsAsync<WarehouseValidationException>(() =>
            inspection.DisposeAsync(warehouse.Durable, accepted.ReturnId, new DispositionInput("P1", "returnToSupplier"), CancellationToken.None));
        Assert.Equal("/supplier", Assert.Single(noSupplier.Errors).Pointer);
        await Assert.ThrowsAsync<WarehouseValidationException>(() =>
            inspection.DisposeAsync(warehouse.Durable, accepted.ReturnId, new DispositionInput("P1", "burn"), CancellationToken.None));
        await Assert.ThrowsAsync<StateConflictException>(() =>
            inspection.DisposeAsync(warehouse.Durable, accepted.ReturnId, new DispositionInput("P9", "restock"), CancellationToken.None));
        await Assert.ThrowsAsync<StateConflictException>(() =>
            warehouse.Get<ReturnDecisions>().DecideAsync(warehouse.Durable, Notices.Owner, accepted.ReturnId, new ReturnDecisionInput("P1", "scrap"), CancellationToken.None));
        await AssertAsync(warehouse, "after bad dispositions", ("SKU-B", null, Columns(0, 0, 0, 0, 2, 0, 0)));
        Assert.Null((await warehouse.Get<ReturnRepository>().GetAsync(accepted.ReturnId, null, CancellationToken.None)).Value.Parts.Single().Disposition);
    }

    [Fact]
    public async Task Units_beyond_the_notice_and_unannounced_items_are_received_but_held_for_the_owner_and_reported()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var accepted = await warehouse.Get<ReturnIntake>().AcceptJsonAsync(warehouse.Durable, Notices.Owner,
            OneLine.Replace("\"reason\":\"refused\"", "\"reason\":\"refused\",\"requestedDisposition\":\"restock\"", StringComparison.Ordinal), CancellationToken.None);
        var receiving = warehouse.Get<ReturnReceiving>();
        await receiving.RecordArrivalAsync(warehouse.Durable, accepted.ReturnId, null, CancellationToken.None);
        await receiving.RecordScanAsync(warehouse.Durable, accepted.ReturnId, new ReturnScanInput("s1", Sku: "SKU-B", Quantity: 3), CancellationToken.None);
        await receiving.RecordScanAsync(warehouse.Durable, accepted.ReturnId, new ReturnScanInput("s2", Sku: "SKU-C", Quantity: 2, Condition: "damaged"), CancellationToken.None);
        await receiving.CloseAsync(warehouse.Durable, accepted.ReturnId, CancellationToken.None);

        // The announced 2 are restocked as the notice asked; the 3rd SKU-B and the unannounced SKU-C wait in the pending area.
        var closed = (await warehouse.Get<ReturnRepository>().GetAsync(accepted.ReturnId, null, CancellationToken.None)).Value;
        Assert.Equal(
            [("P1", (int?)1, "SKU-B", 2L, false, (ReturnDisposition?)ReturnDisposition.Restock, "notice"), ("P2", 1, "SKU-B", 1L, true, ReturnDisposition.Hold, "receipt"),
             ("P3", null, "SKU-C", 2L, true, ReturnDisposition.Hold, "receipt")],
            closed.Parts.Select(p => (p.PartId, p.LineNumber, p.Sku, p.Units, p.OverReturn, p.Disposition, p.DecidedBy)));
        Assert.Equal([ReturnDisposition.Restock, ReturnDisposition.Scrap], closed.Parts.Skip(1).Select(p => p.DefaultAction!.Value));
        Assert.Equal(ReturnProgress.AwaitingOwner, closed.Progress);
        await AssertAsync(warehouse, "closed", ("SKU-B", null, Columns(2, 0, 0, 2, 1, 0, 0)), ("SKU-C", null, Columns(0, 0, 0, 0, 2, 0, 0)));

        var received = (await EventsAsync(warehouse)).Single(e => e.Type == EventTypes.ReturnReceived);
        var payload = (System.Text.Json.JsonElement)received.Payload!;
        Assert.Equal(1 + 2, payload.GetProperty("overReturned").GetInt64());
        Assert.Equal(5, payload.GetProperty("units").GetInt64());
    }

    [Fact]
    public async Task A_held_part_gets_its_default_action_at_the_deadline_unless_the_owner_decides_before()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        await Notices.RegisterItemsAsync(warehouse);
        var accepted = await warehouse.Get<ReturnIntake>().AcceptJsonAsync(warehouse.Durable, Notices.Owner,
            """{"returnNumber":"RMA-4","lines":[{"lineNumber":1,"sku":"SKU-B","quantity":3,"unit":"EA","reason":"damaged","requestedDisposition":"hold"}]}""", CancellationToken.None);
        var flow = new ReturnFlow(warehouse, accepted.ReturnId);
        var receiving = warehouse.Get<ReturnReceiving>();
        await receiving.RecordArrivalAsync(warehouse.Durable, accepted.ReturnId, null, CancellationToken.None);
        await receiving.RecordScanAsync(warehouse.Durable, accepted.ReturnId, new ReturnScanInput("good", Sku: "SKU-B", Quantity: 1), CancellationToken.None);
        await receiving.RecordScanAsync(warehouse.Durable, accepted.ReturnId, new ReturnScanInput("bad", Sku: "SKU-B", Quantity: 2, Condition: "damaged"), CancellationToken.None);
        var closedAt = warehouse.Clock.GetUtcNow();
        await receiving.CloseAsync(warehouse.Durable, accepted.ReturnId, CancellationToken.None);

        // Both parts are held until the decision window ends; the owner decides on the good unit, the damaged two are left.
        var waiting = await flow.AtStageAsync("AwaitingOwner");
        var due = closedAt + warehouse.Get<Microsoft.Extensions.Options.IOptions<WarehouseOptions>>().Value.DecisionWindow;
        Assert.Equal(due, waiting.GetProperty("until").GetDateTimeOffset());
        await warehouse.Get<ReturnDecisions>().DecideAsync(warehouse.Durable, Notices.Owner, accepted.ReturnId, new ReturnDecisionInput("P1", "restock"), CancellationToken.None);
        await flow.StatusAsync(s => s.GetProperty("held").GetArrayLength() == 1, "one part held");
        await AssertAsync(warehouse, "decided", ("SKU-B", null, Columns(1, 0, 0, 1, 2, 0, 0)));

        // At the deadline the durable timer fires and the damaged units' default (scrap) applies.
        warehouse.Clock.Advance(due - warehouse.Clock.GetUtcNow());
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await flow.CompletionAsync()).RuntimeStatus);
        var done = await flow.DocumentAsync();
        Assert.Equal([("P1", ReturnDisposition.Restock, "owner"), ("P2", ReturnDisposition.Scrap, "default")],
            done.Parts.Select(p => (p.PartId, p.Disposition!.Value, p.DecidedBy!)));
        Assert.Equal(due, done.Parts[1].DecidedAt);
        await AssertAsync(warehouse, "defaulted", ("SKU-B", null, Columns(1, 0, 0, 1, 0, 0, 0)));
        await Assert.ThrowsAsync<StateConflictException>(() =>
            warehouse.Get<ReturnDecisions>().DecideAsync(warehouse.Durable, Notices.Owner, accepted.ReturnId, new ReturnDecisionInput("P2", "restock"), CancellationToken.None));
    }

    private static async Task<List<WarehouseEvent>> EventsAsync(TestWarehouse warehouse)
    {
        var received = await warehouse.Get<IMessageQueue>().ReceiveAsync(
            EntityDefinition.SubscriptionPath(WarehouseStore.EventsTopic, "reporting"), 1000, TimeSpan.FromMinutes(1));
        return [.. received.Select(m => WarehouseEvent.Parse(m.Body))];
    }
}
