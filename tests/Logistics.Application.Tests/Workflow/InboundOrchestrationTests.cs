using System.Text.Json;
using DurableTask.Core.History;
using Logistics.Application.Common;
using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Inventory;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Inventory;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Tests.Workflow;

/// <summary>
/// The inbound orchestration on the Durable Task SDK, under DurableTask.Core's worker on the embedded SQLite backend,
/// with orchestration time and durable timers driven by the test's clock (never slept on).
/// </summary>
public sealed class InboundOrchestrationTests
{
    // Notices.Json expects the goods on 2026-11-22; with the default grace of one day they are due by the 23rd, 00:00 UTC.
    private static readonly DateTimeOffset ArrivalDeadline = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_flow_runs_from_arrival_through_putaway_to_the_receipt_advice()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        var flow = await AcceptAsync(warehouse, "F-1", ("SKU-B", 5, "EA", null));

        var waiting = await flow.AtStageAsync("AwaitingArrival");
        Assert.Equal("DockArrival", waiting.GetProperty("waitingFor").GetString());
        Assert.Equal(ArrivalDeadline, waiting.GetProperty("until").GetDateTimeOffset());
        Assert.False(waiting.GetProperty("overdue").GetBoolean());
        Assert.Equal(warehouse.Clock.GetUtcNow() + InboundNoticeOrchestrator.RecheckInterval, waiting.GetProperty("nextCheck").GetDateTimeOffset());

        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, flow.NoticeId, CancellationToken.None);
        await flow.AtStageAsync("Receiving");
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, flow.NoticeId, new ScanInput("s1", Sku: "SKU-B", Quantity: 5), CancellationToken.None);
        var putaway = await flow.AtStageAsync("Putaway");
        Assert.Equal(1, putaway.GetProperty("openTasks").GetInt32());
        foreach (var task in await warehouse.Putaway.ListAsync(flow.NoticeId, openOnly: true, CancellationToken.None))
        {
            await warehouse.Putaway.ConfirmAsync(warehouse.Durable, flow.NoticeId, task.TaskNumber, CancellationToken.None);
        }

        var done = await flow.CompletionAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("\"F-1\"", done.SerializedOutput);
        Assert.Equal(NoticeProgress.Completed, (await NoticeAsync(warehouse, flow)).Progress);
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
    }

    [Fact]
    public async Task A_late_arrival_is_flagged_overdue_while_the_wait_goes_on()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        var flow = await AcceptAsync(warehouse, "F-2", ("SKU-B", 5, "EA", null));
        await flow.AtStageAsync("AwaitingArrival");

        JsonElement status;
        do
        {
            status = await flow.WakeOnceAsync();
            Assert.Equal(warehouse.Clock.GetUtcNow() >= ArrivalDeadline, status.GetProperty("overdue").GetBoolean());
        }
        while (!status.GetProperty("overdue").GetBoolean());

        Assert.Equal(ArrivalDeadline, warehouse.Clock.GetUtcNow());
        Assert.StartsWith("Overdue", status.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await warehouse.Durable.GetInstanceAsync(flow.InstanceId))!.RuntimeStatus);

        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, flow.NoticeId, CancellationToken.None);
        await flow.AtStageAsync("Receiving");
    }

    [Fact]
    public async Task Pending_goods_hold_the_flow_until_the_owner_decides_and_are_flagged_past_the_decision_window()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        var flow = await AcceptAsync(warehouse, "F-3", ("SKU-B", 5, "EA", null));
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, flow.NoticeId, CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, flow.NoticeId, new ScanInput("good", Sku: "SKU-B", Quantity: 3), CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, flow.NoticeId, new ScanInput("bad", Sku: "SKU-B", Quantity: 1, Condition: "damaged"), CancellationToken.None);
        var closedAt = warehouse.Clock.GetUtcNow();
        await warehouse.Receiving.CloseAsync(warehouse.Durable, flow.NoticeId, CancellationToken.None);

        var waiting = await flow.AtStageAsync("AwaitingDecision");
        var pendingId = Assert.Single(waiting.GetProperty("pending").EnumerateArray()).GetString()!;
        var due = closedAt + TimeSpan.FromDays(3);
        Assert.Equal(due, waiting.GetProperty("until").GetDateTimeOffset());
        JsonElement status;
        do
        {
            status = await flow.WakeOnceAsync();
        }
        while (!status.GetProperty("overdue").GetBoolean());
        Assert.Equal(due, warehouse.Clock.GetUtcNow());

        await warehouse.Decisions.DecideAsync(warehouse.Durable, Notices.Owner, flow.NoticeId, pendingId, "accept", CancellationToken.None);
        await flow.AtStageAsync("Putaway");
        foreach (var task in await warehouse.Putaway.ListAsync(flow.NoticeId, openOnly: true, CancellationToken.None))
        {
            await warehouse.Putaway.ConfirmAsync(warehouse.Durable, flow.NoticeId, task.TaskNumber, CancellationToken.None);
        }

        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await flow.CompletionAsync()).RuntimeStatus);
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
    }

    [Fact]
    public async Task A_lost_milestone_event_is_picked_up_by_the_next_recheck()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        var flow = await AcceptAsync(warehouse, "F-4", ("SKU-B", 5, "EA", null));
        await flow.AtStageAsync("AwaitingArrival");

        // The arrival commits but its wake-up never reaches the instance (a crash between the commit and the raise).
        await warehouse.Receiving.RecordArrivalAsync(new DelegatingDurableTaskClient(warehouse.Durable) { DropRaises = true }, flow.NoticeId, CancellationToken.None);
        Assert.Equal(NoticeProgress.Receiving, (await NoticeAsync(warehouse, flow)).Progress);
        Assert.Equal("AwaitingArrival", (await flow.AtStageAsync("AwaitingArrival")).GetProperty("stage").GetString());

        await flow.WakeOnceAsync();
        await flow.AtStageAsync("Receiving");
    }

    [Fact]
    public async Task An_event_raised_while_a_recheck_reads_the_notice_is_not_swallowed()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        var flow = await AcceptAsync(warehouse, "F-11", ("SKU-B", 5, "EA", null));
        var waiting = await flow.AtStageAsync("AwaitingArrival");

        // Hold the re-check's read of the notice once it has read it: the wait's timer has fired, and what the activity
        // will report is already the old state.
        var pause = warehouse.Pauses.PauseNextRead(NoticeDocument.IdOf(flow.NoticeId));
        warehouse.Clock.Advance(waiting.GetProperty("nextCheck").GetDateTimeOffset() - warehouse.Clock.GetUtcNow());
        await pause.Reached.WaitAsync(InboundFlow.WorkerTimeout);

        // The arrival commits and raises its event in that window (the hook is spent, so this read passes), so only the
        // event can tell the instance: a waiter cancelled by the timer would swallow it and strand the flow for hours.
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, flow.NoticeId, CancellationToken.None);
        pause.Release();

        // No further clock movement: the event itself must move the instance on.
        await flow.AtStageAsync("Receiving");
    }

    [Fact]
    public async Task An_event_raised_before_the_instance_waits_for_it_is_kept_for_the_wait()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var accepted = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("F-5", ("SKU-B", 5, "EA", null)), CancellationToken.None);

        // No worker yet: the instance is only scheduled when the arrival raises its event.
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, accepted.NoticeId, CancellationToken.None);
        await warehouse.StartWorkerAsync();

        var flow = new InboundFlow(warehouse, accepted.NoticeId);
        await flow.AtStageAsync("Receiving");
        var history = await warehouse.Durable.GetOrchestrationHistoryAsync(flow.InstanceId);
        Assert.Single(history.OfType<EventRaisedEvent>(), e => e.Name == InboundMilestones.DockArrival);
    }

    [Fact]
    public async Task Long_waits_continue_as_new_so_the_history_stays_bounded()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        var flow = await AcceptAsync(warehouse, "F-6", ("SKU-B", 5, "EA", null));
        await flow.AtStageAsync("AwaitingArrival");

        for (var i = 0; i < InboundNoticeOrchestrator.WakeupsPerGeneration + 3; i++)
        {
            await flow.WakeOnceAsync();
        }

        var history = await warehouse.Durable.GetOrchestrationHistoryAsync(flow.InstanceId);
        Assert.True(history.Count < 12 * 6, $"{history.Count} history events: the instance did not continue as new");
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await warehouse.Durable.GetInstanceAsync(flow.InstanceId))!.RuntimeStatus);

        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, flow.NoticeId, CancellationToken.None);
        await flow.AtStageAsync("Receiving");
    }

    [Fact]
    public async Task A_notice_whose_start_was_lost_gets_its_orchestration_at_the_next_floor_action_and_joins_at_its_stage()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        await Notices.RegisterItemsAsync(warehouse);
        var crashing = new DelegatingDurableTaskClient(warehouse.Durable) { FailSchedules = true };
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            warehouse.Intake.AcceptJsonAsync(crashing, Notices.Owner, Notices.Json("F-7", ("SKU-B", 5, "EA", null)), CancellationToken.None));
        var flow = new InboundFlow(warehouse, "acme~F-7");
        Assert.Equal(NoticeProgress.AwaitingArrival, (await NoticeAsync(warehouse, flow)).Progress);
        Assert.Null(await warehouse.Durable.GetInstanceAsync(flow.InstanceId));

        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, flow.NoticeId, CancellationToken.None);

        await flow.AtStageAsync("Receiving");
        Assert.Equal(5, await BalanceAsync(warehouse, StockStatus.PendingIn));
    }

    [Fact]
    public async Task Reconciliation_starts_missing_instances_and_cancels_the_notices_of_terminated_ones()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        await Notices.RegisterItemsAsync(warehouse);
        var crashing = new DelegatingDurableTaskClient(warehouse.Durable) { FailSchedules = true };
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            warehouse.Intake.AcceptJsonAsync(crashing, Notices.Owner, Notices.Json("F-8", ("SKU-B", 5, "EA", null)), CancellationToken.None));
        var lost = new InboundFlow(warehouse, "acme~F-8");
        var terminated = await AcceptAsync(warehouse, "F-9", ("SKU-B", 7, "EA", null), registerItems: false);
        await terminated.AtStageAsync("AwaitingArrival");
        await warehouse.Durable.TerminateInstanceAsync(terminated.InstanceId, "wrong notice");
        await terminated.CompletionAsync();

        var repaired = await warehouse.Get<NoticeOrchestrations>().ReconcileOwnerAsync(warehouse.Durable, Notices.Owner, CancellationToken.None);

        Assert.Equal(2, repaired);
        await lost.AtStageAsync("AwaitingArrival");
        var cancelled = await NoticeAsync(warehouse, terminated);
        Assert.Equal(NoticeProgress.Cancelled, cancelled.Progress);
        Assert.Contains("wrong notice", cancelled.CancelReason, StringComparison.Ordinal);
        Assert.Equal(5, await BalanceAsync(warehouse, StockStatus.PendingIn));
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
        Assert.Equal(0, await warehouse.Get<NoticeOrchestrations>().ReconcileOwnerAsync(warehouse.Durable, Notices.Owner, CancellationToken.None));
    }

    [Fact]
    public async Task Terminating_mid_receipt_books_what_was_scanned_releases_the_rest_and_refuses_later_actions()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        var flow = await AcceptAsync(warehouse, "F-10", ("SKU-B", 5, "EA", null));
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, flow.NoticeId, CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, flow.NoticeId, new ScanInput("s1", Sku: "SKU-B", Quantity: 3), CancellationToken.None);
        await flow.AtStageAsync("Receiving");
        await warehouse.Durable.TerminateInstanceAsync(flow.InstanceId, "carrier lost the rest");
        await flow.CompletionAsync();

        // The next floor action finds the instance terminated: it cancels the notice and is refused.
        await Assert.ThrowsAsync<StateConflictException>(() =>
            warehouse.Receiving.RecordScanAsync(warehouse.Durable, flow.NoticeId, new ScanInput("s2", Sku: "SKU-B", Quantity: 2), CancellationToken.None));

        var notice = await NoticeAsync(warehouse, flow);
        Assert.Equal(NoticeProgress.Cancelled, notice.Progress);
        Assert.Equal(1, notice.ScanCount);
        Assert.Equal(0, await BalanceAsync(warehouse, StockStatus.PendingIn));
        Assert.Equal(3, await BalanceAsync(warehouse, StockStatus.OnHand));
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);

        await Assert.ThrowsAsync<StateConflictException>(() =>
            warehouse.Receiving.CloseAsync(warehouse.Durable, flow.NoticeId, CancellationToken.None));
        await Assert.ThrowsAsync<StateConflictException>(() =>
            warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("F-10", ("SKU-B", 5, "EA", null)), CancellationToken.None));
        Assert.Equal(notice, await NoticeAsync(warehouse, flow), NoticeComparer.Instance);
    }

    private static async Task<InboundFlow> AcceptAsync(TestWarehouse warehouse, string number, (string Sku, int Quantity, string Unit, string? Lot) line, bool registerItems = true)
    {
        if (registerItems)
        {
            await Notices.RegisterItemsAsync(warehouse);
        }

        var accepted = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json(number, line), CancellationToken.None);
        return new InboundFlow(warehouse, accepted.NoticeId);
    }

    private static async Task<NoticeDocument> NoticeAsync(TestWarehouse warehouse, InboundFlow flow) =>
        (await warehouse.Get<NoticeRepository>().GetAsync(flow.NoticeId, null, CancellationToken.None)).Value;

    private static async Task<long> BalanceAsync(TestWarehouse warehouse, StockStatus status) =>
        (await warehouse.AllAsync<BalanceDocument>(Notices.Owner, BalanceDocument.Kind)).Where(b => b.Status == status).Sum(b => b.Quantity);

    /// <summary>Compares stored notices by their JSON, since records with list members compare lists by reference.</summary>
    private sealed class NoticeComparer : IEqualityComparer<NoticeDocument>
    {
        public static readonly NoticeComparer Instance = new();

        public bool Equals(NoticeDocument? x, NoticeDocument? y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

        public int GetHashCode(NoticeDocument obj) => JsonSerializer.Serialize(obj).GetHashCode(StringComparison.Ordinal);
    }
}
