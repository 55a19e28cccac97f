using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Domain.Inbound;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;
using Logistics.Domain.Putaway;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Inbound.Putaway;

/// <summary>Plans putaway tasks for a notice's good stock and books the floor's confirmations.</summary>
public sealed partial class PutawayService(
    WarehouseStore store,
    NoticeRepository notices,
    ItemCatalog catalog,
    StockPoster poster,
    NoticeOrchestrations orchestrations,
    OrderOrchestrations orders,
    WarehouseLayout layout,
    TimeProvider time)
{
    private const int TasksPerBatch = 80;

    /// <summary>
    /// Creates the tasks once (ids derive from the notice and a task number): same item and lot first, then empty
    /// locations, zones by handling flags, capacity respected, counting open tasks of every owner as reserved space.
    /// </summary>
    public async Task<PutawayProgress> PlanAsync(string noticeId, CancellationToken cancellationToken)
    {
        var read = await notices.GetAsync(noticeId, null, cancellationToken);
        if (read.Value.PutawayPlanned)
        {
            return await ProgressAsync(read.Value.OwnerId, noticeId, cancellationToken);
        }

        var notice = NoticeRehydrator.Rehydrate(read.Value);
        var goods = notice.Results.Where(r => r.AcceptedGood > 0).Select(r => (Sku: r.Item.Sku!, r.Lot, Units: r.AcceptedGood))
            .Concat(notice.Pending.Where(p => p.Decision == OwnerDecision.Accept && p.Item.Sku is not null).Select(p => (Sku: p.Item.Sku!, p.Lot, Units: p.Quantity.Units)))
            .GroupBy(g => (g.Sku, g.Lot))
            .Select(g => (g.Key.Sku, g.Key.Lot, Units: g.Sum(x => x.Units)))
            .OrderBy(g => g.Sku.Value, StringComparer.Ordinal).ThenBy(g => g.Lot?.Value, StringComparer.Ordinal)
            .ToList();
        var states = await LocationStatesAsync(cancellationToken);
        var now = time.GetUtcNow();
        var tasks = new List<PutawayTaskDocument>();
        var unplaced = 0;
        foreach (var (sku, lot, units) in goods)
        {
            var item = (await catalog.FindAsync(read.Value.OwnerId, sku.Value, cancellationToken))?.ToItem()
                ?? Item.Create(notice.Owner, sku, sku.Value);
            var plan = PutawayPlanner.Suggest(item, lot, Quantity.Of(units), states.Values);
            unplaced += plan.UnplacedUnits;
            foreach (var suggestion in plan.Suggestions)
            {
                var number = tasks.Count + 1;
                tasks.Add(new PutawayTaskDocument
                {
                    Id = PutawayTaskDocument.IdOf(noticeId, number), OwnerId = read.Value.OwnerId, NoticeId = noticeId, TaskNumber = number,
                    Sku = sku.Value, Lot = lot?.Value, FromLocation = layout.Dock.Value, ToLocation = suggestion.Location.Value,
                    Quantity = suggestion.Quantity.Units, Status = PutawayTaskDocument.Open, CreatedAt = now,
                });
                var state = states[suggestion.Location];
                states[suggestion.Location] = state with { Contents = [.. state.Contents, new LocationContent(notice.Owner, sku, lot, suggestion.Quantity.Units)] };
            }
        }

        var container = await store.ContainerAsync(cancellationToken);
        var chunks = tasks.Chunk(TasksPerBatch).ToList();
        for (var i = 0; i < chunks.Count - 1; i++)
        {
            var early = container.CreateBatch(read.Value.OwnerId);
            foreach (var task in chunks[i])
            {
                early.Upsert(task);
            }

            await early.ExecuteAsync(cancellationToken);
        }

        var batch = container.CreateBatch(read.Value.OwnerId).Replace(read.Value with { PutawayPlanned = true }, read.ETag)
            .Send(new WarehouseEvent($"{noticeId}/putaway-planned", EventTypes.PutawayPlanned, read.Value.OwnerId, noticeId, now,
                new { tasks = tasks.Count, units = tasks.Sum(t => t.Quantity), unplacedUnits = unplaced }).ToMessage());
        foreach (var task in chunks.Count > 0 ? chunks[^1] : [])
        {
            batch.Upsert(task);
        }

        try
        {
            await batch.ExecuteAsync(cancellationToken);
        }
        catch (DocumentBatchException ex) when (ex.Failure is DocumentPreconditionFailedException)
        {
            // Planned concurrently (the orchestration and the dev simulator) or the notice changed: the stored plan wins.
            return await PlanAsync(noticeId, cancellationToken);
        }

        return new PutawayProgress(tasks.Count, tasks.Count, unplaced);
    }

    /// <summary>Books a confirmed move (dock on-hand → storage on-hand) with the task's completion; a repeat changes nothing.</summary>
    /// <remarks>Allowed on a cancelled notice too: the goods are physically at the dock and the move is real.</remarks>
    public async Task<PutawayTaskView> ConfirmAsync(DurableTaskClient client, string noticeId, int taskNumber, CancellationToken cancellationToken)
    {
        var notice = (await notices.GetAsync(noticeId, null, cancellationToken)).Value;
        var ownerId = notice.OwnerId;
        var step = NoticeSteps.Putaway(notice, taskNumber);
        var container = await store.ContainerAsync(cancellationToken);
        var (done, confirmedNow) = await poster.PostAsync(ownerId, async ct =>
        {
            var read = await container.ReadAsync<PutawayTaskDocument>(PutawayTaskDocument.IdOf(noticeId, taskNumber), ownerId, ct)
                ?? throw new ResourceNotFoundException($"Notice {noticeId} has no putaway task {taskNumber}.");
            if (read.Value.Status == PutawayTaskDocument.Done)
            {
                return (StockPosting.None(step), (read.Value, false));
            }

            var now = time.GetUtcNow();
            var task = read.Value with { Status = PutawayTaskDocument.Done, ConfirmedAt = now };
            var from = new StockKey(OwnerId.Parse(ownerId), Sku.Parse(task.Sku), task.Lot is null ? null : LotNumber.Parse(task.Lot), LocationCode.Parse(task.FromLocation), StockStatus.OnHand);
            var movements = StockMovement.Transfer(
                $"inbound/{ownerId}/{noticeId[(noticeId.IndexOf('~', StringComparison.Ordinal) + 1)..]}", $"P{taskNumber}", from,
                from.At(LocationCode.Parse(task.ToLocation), StockStatus.OnHand), Quantity.Of(task.Quantity), MovementType.Putaway, now);
            var confirmed = new WarehouseEvent($"{noticeId}/putaway/{taskNumber}", EventTypes.PutawayConfirmed, ownerId, noticeId, now,
                new { task = taskNumber, sku = task.Sku, lot = task.Lot, to = task.ToLocation, units = task.Quantity });
            var lot = task.Lot is null ? null : await LotOfAsync(container, notice, task, now, ct);
            return (new StockPosting(step, movements, batch =>
            {
                batch.Replace(task, read.ETag).Send(confirmed.ToMessage());
                if (lot is not null)
                {
                    batch.Upsert(lot);
                }
            }), (task, true));
        }, cancellationToken);

        if (confirmedNow)
        {
            var signal = new MilestoneEvent($"task {taskNumber}", time.GetUtcNow());
            await orchestrations.SignalAsync(client, noticeId, InboundMilestones.PutawayConfirmed, signal, cancellationToken);

            // Stock of the item is allocatable now: backorders of it try again at once instead of at their next re-check.
            await orders.StockArrivedAsync(client, ownerId, done.Sku, signal, cancellationToken);
        }

        return PutawayTaskView.From(done);
    }

    // The lot's allocation facts: its expiry as received, and when it first arrived at the dock (an earlier arrival stays).
    private static async Task<LotDocument> LotOfAsync(IDocumentContainer container, NoticeDocument notice, PutawayTaskDocument task, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var known = (await container.ReadAsync<LotDocument>(LotDocument.IdOf(task.Sku, task.Lot!), notice.OwnerId, cancellationToken))?.Value;
        var expiry = notice.Received.FirstOrDefault(r => r.Sku == task.Sku && r.Lot == task.Lot && r.Expiry is not null)?.Expiry;
        var received = notice.ArrivedAt ?? now;
        return new LotDocument
        {
            Id = LotDocument.IdOf(task.Sku, task.Lot!),
            OwnerId = notice.OwnerId,
            Sku = task.Sku,
            Lot = task.Lot!,
            Expiry = known?.Expiry ?? expiry,
            ReceivedAt = known is { } earlier && earlier.ReceivedAt < received ? earlier.ReceivedAt : received,
        };
    }

    /// <summary>Tasks of one notice, or open tasks of every owner (the floor's work list) when <paramref name="noticeId"/> is null.</summary>
    public async Task<IReadOnlyList<PutawayTaskView>> ListAsync(string? noticeId, bool openOnly, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var owner = noticeId is null ? null : (await notices.GetAsync(noticeId, null, cancellationToken)).Value.OwnerId;
        var query = new DocumentQuery(owner) { PageSize = 1000 }.WhereEquals("/type", PutawayTaskDocument.Kind);
        query = noticeId is null ? query : query.WhereEquals("/noticeId", noticeId);
        query = openOnly ? query.WhereEquals("/status", PutawayTaskDocument.Open) : query;
        return [.. (await container.QueryAllAsync<PutawayTaskDocument>(query, cancellationToken)).OrderBy(t => t.NoticeId, StringComparer.Ordinal).ThenBy(t => t.TaskNumber).Select(PutawayTaskView.From)];
    }

    /// <summary>Planned and open task counts of a notice.</summary>
    public async Task<PutawayProgress> ProgressAsync(string ownerId, string noticeId, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var query = new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", PutawayTaskDocument.Kind).WhereEquals("/noticeId", noticeId);
        var tasks = await container.QueryAllAsync<PutawayTaskDocument>(query, cancellationToken);
        return new PutawayProgress(tasks.Count, tasks.Count(t => t.Status == PutawayTaskDocument.Open));
    }
}
