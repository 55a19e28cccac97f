using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Returns;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Alerts;

/// <summary>
/// Every lot of goods an owner must still decide on, with its deadline: the one place the alerts learn of pending
/// goods. These are inbound notices' pending goods (damaged, over, unknown) while undecided, due at
/// <see cref="NoticeDeadlines.Decision"/>, keyed <c>{notice id}/{pending id}</c>; and the held parts of returns, due at
/// their hold deadline, keyed <c>returns/{return id}/{part id}</c>.
/// </summary>
public sealed class PendingDeadlines(WarehouseStore store, NoticeDeadlines deadlines)
{
    private const string ReturnKeyPrefix = "returns/";

    /// <summary>Event types after which goods may have stopped waiting (decided, or their notice ended).</summary>
    private static readonly HashSet<string> Deciding = new(StringComparer.Ordinal)
    {
        EventTypes.ReceiptClosed,
        EventTypes.OwnerDecisionRecorded,
        EventTypes.InboundNoticeCancelled,
        EventTypes.InboundNoticeCompleted,
        EventTypes.ReturnReceived,
        EventTypes.ReturnLineDisposed,
        EventTypes.ReturnCompleted,
    };

    /// <summary>True when an event of <paramref name="eventType"/> may start or end the wait of pending goods.</summary>
    public static bool MayChange(string eventType) => Deciding.Contains(eventType);

    /// <summary>Every undecided lot of pending goods of <paramref name="ownerId"/>.</summary>
    public async Task<IReadOnlyList<PendingDeadline>> OfOwnerAsync(string ownerId, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var notices = await container.QueryAllAsync<NoticeDocument>(new DocumentQuery(ownerId) { PageSize = 100 }
            .WhereEquals("/type", NoticeDocument.Kind)
            .WhereEquals("/progress", nameof(NoticeProgress.AwaitingDecision)), cancellationToken);
        var returns = await container.QueryAllAsync<ReturnDocument>(new DocumentQuery(ownerId) { PageSize = 100 }
            .WhereEquals("/type", ReturnDocument.Kind)
            .Where("/progress", QueryOperator.In, new[] { nameof(ReturnProgress.Inspection), nameof(ReturnProgress.AwaitingOwner), nameof(ReturnProgress.AwaitingHandover) }), cancellationToken);
        return [.. notices.SelectMany(Undecided), .. returns.SelectMany(Held)];
    }

    /// <summary>The goods named <paramref name="pendingKey"/> while they are undecided; null once decided (or never pending).</summary>
    public async Task<PendingDeadline?> FindAsync(string ownerId, string pendingKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pendingKey);
        var split = pendingKey.LastIndexOf('/');
        if (split <= 0)
        {
            return null;
        }

        var container = await store.ContainerAsync(cancellationToken);
        if (pendingKey.StartsWith(ReturnKeyPrefix, StringComparison.Ordinal))
        {
            var held = await container.ReadAsync<ReturnDocument>(ReturnDocument.IdOf(pendingKey[ReturnKeyPrefix.Length..split]), ownerId, cancellationToken);
            return held is null ? null : Held(held.Value).FirstOrDefault(p => p.PendingKey == pendingKey);
        }

        var notice = await container.ReadAsync<NoticeDocument>(NoticeDocument.IdOf(pendingKey[..split]), ownerId, cancellationToken);
        return notice is null || notice.Value.Progress != NoticeProgress.AwaitingDecision
            ? null
            : Undecided(notice.Value).FirstOrDefault(p => p.PendingKey == pendingKey);
    }

    private IEnumerable<PendingDeadline> Undecided(NoticeDocument notice)
    {
        if (deadlines.Decision(notice) is not { } deadline)
        {
            return [];
        }

        return NoticeRehydrator.Rehydrate(notice).Pending.Where(p => !p.IsDecided)
            .Select(p => new PendingDeadline(notice.OwnerId, $"{notice.NoticeId}/{p.Id}", p.Item.ToString(), p.Lot?.Value, p.Quantity.Units, deadline));
    }

    private static IEnumerable<PendingDeadline> Held(ReturnDocument document) =>
        document.Parts.Where(p => p.IsHeld && p.HoldDeadline is not null)
            .Select(p => new PendingDeadline(document.OwnerId, $"{ReturnKeyPrefix}{document.ReturnId}/{p.PartId}", p.Sku, p.Lot, p.Units, p.HoldDeadline!.Value));
}
