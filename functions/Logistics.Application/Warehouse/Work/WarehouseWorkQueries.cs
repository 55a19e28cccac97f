using System.Collections.Concurrent;
using System.Text.Json;
using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Inventory;
using Logistics.Application.Outbound;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Returns;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.ValueAdded;
using Logistics.Domain.Inventory;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Warehouse.Work;

/// <summary>
/// The ops view across every publisher: notices and orders still under way with what each waits for, and stock parked
/// in pending areas awaiting its owner's decision.
/// </summary>
/// <remarks>
/// Cross-partition queries on purpose (the warehouse container is partitioned by owner): these are ops screens, read
/// now and then, never a hot path. Each answer is bounded by <see cref="MaxDocuments"/> per kind and says when it was cut.
/// </remarks>
public sealed class WarehouseWorkQueries(
    WarehouseStore store, NoticeDeadlines noticeDeadlines, OrderDeadlines orderDeadlines, ReturnDeadlines returnDeadlines, WarehouseLayout layout, TimeProvider time)
{
    /// <summary>Most notices, orders or balances one answer reads.</summary>
    public const int MaxDocuments = 1000;

    private const int InstanceReadsInParallel = 8;

    private static readonly string[] OpenNotices = [.. Enum.GetValues<NoticeProgress>().Where(p => p is not (NoticeProgress.Completed or NoticeProgress.Cancelled)).Select(p => p.ToString())];

    private static readonly string[] OpenOrders = [.. Enum.GetValues<OrderStage>()
        .Where(s => s is not (OrderStage.Delivered or OrderStage.Returned or OrderStage.Cancelled or OrderStage.Failed)).Select(s => s.ToString())];

    private static readonly string[] OpenReturns = [.. Enum.GetValues<ReturnProgress>().Where(p => p is not (ReturnProgress.Completed or ReturnProgress.Cancelled)).Select(p => p.ToString())];

    private static readonly string[] OpenJobs = [nameof(ValueAddedStage.Picking), nameof(ValueAddedStage.Processing)];

    /// <summary>Every unfinished notice, order, return and value-added job with what it waits for: overdue ones first, then by deadline (none last), then oldest.</summary>
    public async Task<WorkList> OpenWorkAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var container = await store.ContainerAsync(cancellationToken);
        var notices = await container.QueryAsync<NoticeDocument>(
            new DocumentQuery(null) { PageSize = MaxDocuments }.WhereEquals("/type", NoticeDocument.Kind).Where("/progress", QueryOperator.In, OpenNotices), cancellationToken);
        var orders = await container.QueryAsync<OrderDocument>(
            new DocumentQuery(null) { PageSize = MaxDocuments }.WhereEquals("/type", OrderDocument.Kind).Where("/stage", QueryOperator.In, OpenOrders), cancellationToken);
        var returns = await container.QueryAsync<ReturnDocument>(
            new DocumentQuery(null) { PageSize = MaxDocuments }.WhereEquals("/type", ReturnDocument.Kind).Where("/progress", QueryOperator.In, OpenReturns), cancellationToken);
        var jobs = await container.QueryAsync<ValueAddedJobDocument>(
            new DocumentQuery(null) { PageSize = MaxDocuments }.WhereEquals("/type", ValueAddedJobDocument.Kind).Where("/stage", QueryOperator.In, OpenJobs), cancellationToken);

        var now = time.GetUtcNow();
        var items = new ConcurrentBag<WorkItemView>();
        var work = notices.Items.Select(d => (Func<Task>)(async () => items.Add(Notice(d.Value, await StatusAsync(client, NoticeIds.InstanceOf(d.Value.NoticeId), cancellationToken), now))))
            .Concat(orders.Items.Select(d => (Func<Task>)(async () => items.Add(Order(d.Value, await StatusAsync(client, OrderIds.InstanceOf(d.Value.OrderId), cancellationToken), now)))))
            .Concat(returns.Items.Select(d => (Func<Task>)(async () => items.Add(Return(d.Value, await StatusAsync(client, ReturnIds.InstanceOf(d.Value.ReturnId), cancellationToken), now)))))
            .Concat(jobs.Items.Select(d => (Func<Task>)(async () => items.Add(Job(d.Value, await StatusAsync(client, ValueAddedIds.InstanceOf(d.Value.JobId), cancellationToken), now)))));
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = InstanceReadsInParallel, CancellationToken = cancellationToken }, async (read, _) => await read());

        var ordered = items
            .OrderByDescending(i => i.Overdue)
            .ThenBy(i => i.Until ?? DateTimeOffset.MaxValue)
            .ThenBy(i => i.AcceptedAt)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        return new WorkList(ordered, new[] { notices.ContinuationToken, orders.ContinuationToken, returns.ContinuationToken, jobs.ContinuationToken }.Any(t => t is not null), now);
    }

    /// <summary>
    /// Non-empty balances with status <see cref="StockStatus.PendingDecision"/> in the pending area, of every owner, oldest
    /// change first: inbound goods parked at receipt and held parts of returns (their reference is the return). Returned
    /// goods still in the returns area await the floor's inspection, not the owner, and are not listed.
    /// </summary>
    public async Task<(IReadOnlyList<PendingStockView> Stock, bool Truncated)> PendingDecisionStockAsync(CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var page = await container.QueryAsync<BalanceDocument>(
            new DocumentQuery(null) { PageSize = MaxDocuments }
                .WhereEquals("/type", BalanceDocument.Kind)
                .WhereEquals("/status", nameof(StockStatus.PendingDecision))
                .WhereEquals("/location", layout.PendingArea.Value)
                .Where("/quantity", QueryOperator.GreaterThan, 0),
            cancellationToken);
        return ([.. page.Items.Select(d => d.Value)
            .OrderBy(b => b.UpdatedAt, StringComparer.Ordinal).ThenBy(b => b.OwnerId, StringComparer.Ordinal).ThenBy(b => b.Sku, StringComparer.Ordinal)
            .Select(b => new PendingStockView(b.OwnerId, b.Sku, b.Lot, b.Location, b.Quantity, b.Reference, b.UpdatedAt))], page.ContinuationToken is not null);
    }

    private WorkItemView Notice(NoticeDocument notice, InstanceState state, DateTimeOffset now)
    {
        var deadline = notice.Progress switch
        {
            NoticeProgress.AwaitingArrival => noticeDeadlines.Arrival(notice),
            NoticeProgress.AwaitingDecision => noticeDeadlines.Decision(notice),
            _ => null,
        };
        return Item("notice", notice.NoticeId, notice.OwnerId, notice.NoticeNumber, notice.Progress.ToString(), NoticeIds.InstanceOf(notice.NoticeId),
            state, WaitingOn.MilestoneOf(notice.Progress), deadline, notice.ExpectedDate, notice.AcceptedAt, now);
    }

    private WorkItemView Order(OrderDocument order, InstanceState state, DateTimeOffset now)
    {
        var snapshot = orderDeadlines.Snapshot(order);
        var inTransit = order.Stage == OrderStage.InTransit;
        return Item("order", order.OrderId, order.OwnerId, order.OrderNumber, order.Stage.ToString(), OrderIds.InstanceOf(order.OrderId),
            state, WaitingOn.MilestoneOf(order.Stage), inTransit ? snapshot.DeliveryDeadline : snapshot.ShipDeadline,
            inTransit ? order.DeliverBy : order.ShipBy, order.AcceptedAt, now);
    }

    private WorkItemView Return(ReturnDocument document, InstanceState state, DateTimeOffset now)
    {
        var deadline = document.Progress == ReturnProgress.AwaitingArrival
            ? returnDeadlines.Arrival(document)
            : document.Parts.Where(p => p.IsHeld).Min(p => p.HoldDeadline);
        return Item("return", document.ReturnId, document.OwnerId, document.ReturnNumber, document.Progress.ToString(), ReturnIds.InstanceOf(document.ReturnId),
            state, WaitingOn.MilestoneOf(document.Progress), deadline, document.ExpectedDate, document.AcceptedAt, now);
    }

    private static WorkItemView Job(ValueAddedJobDocument job, InstanceState state, DateTimeOffset now) =>
        Item("job", job.JobId, job.OwnerId, job.JobNumber, job.Stage.ToString(), ValueAddedIds.InstanceOf(job.JobId),
            state, WaitingOn.MilestoneOf(job.Stage), null, null, job.OrderedAt, now);

    // The custom status says what the instance waits for and until when; the document's stage stands in while it has none.
    private static WorkItemView Item(
        string kind, string id, string owner, string number, string stage, string instanceId, InstanceState state,
        string? impliedMilestone, DateTimeOffset? impliedDeadline, DateOnly? dueDate, DateTimeOffset acceptedAt, DateTimeOffset now)
    {
        var waitingFor = state.WaitingFor ?? impliedMilestone;
        var until = state.Status is null ? impliedDeadline : state.Until;
        var overdue = state.Overdue || until <= now;
        return new WorkItemView(kind, id, owner, number, stage, instanceId, state.RuntimeStatus, waitingFor, WaitingOn.Of(waitingFor), until, overdue,
            state.Message, state.NextCheck, dueDate, acceptedAt);
    }

    private static async Task<InstanceState> StatusAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        // Inputs and outputs come along because the custom status travels with them in the Durable clients.
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        if (instance is null)
        {
            return new InstanceState(null, null, null, null, false, null, null);
        }

        JsonElement? status = null;
        if (instance.SerializedCustomStatus is { Length: > 0 } json)
        {
            try
            {
                status = JsonSerializer.Deserialize<JsonElement>(json);
            }
            catch (JsonException)
            {
                // A custom status that is not ours (plain text): the document's stage says enough.
            }
        }

        if (status is not { ValueKind: JsonValueKind.Object } s)
        {
            return new InstanceState(instance.RuntimeStatus.ToString(), null, null, null, false, null, null);
        }

        return new InstanceState(
            instance.RuntimeStatus.ToString(),
            s,
            Text(s, "waitingFor"),
            Instant(s, "until"),
            s.TryGetProperty("overdue", out var overdue) && overdue.ValueKind == JsonValueKind.True,
            Text(s, "message"),
            Instant(s, "nextCheck"));
    }

    private static string? Text(JsonElement status, string name) =>
        status.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Instant(JsonElement status, string name) =>
        status.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var instant) ? instant : null;

    private sealed record InstanceState(
        string? RuntimeStatus, JsonElement? Status, string? WaitingFor, DateTimeOffset? Until, bool Overdue, string? Message, DateTimeOffset? NextCheck);
}
