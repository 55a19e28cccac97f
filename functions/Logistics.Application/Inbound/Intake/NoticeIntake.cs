using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Domain.Inbound;
using Logistics.Domain.Owners;
using Logistics.Edi.Inbound;
using Logistics.Edi.Json;
using Logistics.Edi.X12;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Application.Inbound.Intake;

/// <summary>
/// Takes in inbound notices: validates, stores the notice (create = idempotency on (publisher, notice number)), books
/// the pending-in stock and starts the notice's orchestration. Bad input changes nothing.
/// </summary>
public sealed class NoticeIntake(
    WarehouseStore store,
    NoticeRules rules,
    StockPoster poster,
    NoticeOrchestrations orchestrations,
    NoticeCancellation cancellation,
    WarehouseLayout layout,
    TimeProvider time,
    ILogger<NoticeIntake>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Validates and accepts a JSON notice.</summary>
    /// <exception cref="WarehouseValidationException">Schema or business-rule faults, named by JSON pointer.</exception>
    public async Task<AcceptedNotice> AcceptJsonAsync(DurableTaskClient client, string ownerId, string json, CancellationToken cancellationToken)
    {
        var parsed = NoticeJsonValidator.Validate(json);
        if (!parsed.IsValid || parsed.Document is not { } document)
        {
            throw new WarehouseValidationException([.. parsed.Errors.Select(e => new FieldError(e.Pointer, e.Message))]);
        }

        var (faults, items) = await rules.CheckAsync(ownerId, document, cancellationToken);
        if (faults.Count > 0)
        {
            throw new WarehouseValidationException([.. faults.Select(f => new FieldError(f.Pointer, f.Message))]);
        }

        return await AcceptAsync(client, ownerId, document, items, null, cancellationToken);
    }

    /// <summary>
    /// Applies a validated notice as its sender declares it (<see cref="InboundNoticeDocument.Action"/>) and makes sure
    /// its orchestration runs. An original is stored with its pending-in (one batch: the notice never exists without its
    /// booking); a notice number already taken answers with the existing notice when the content is the same and is
    /// refused when it differs. A replacement or a cancellation is applied while the goods have not arrived.
    /// </summary>
    /// <exception cref="StateConflictException">
    /// The number is taken by a notice with other content or by a cancelled notice; a replacement or cancellation came
    /// after the goods arrived; a cancellation names no notice.
    /// </exception>
    internal async Task<AcceptedNotice> AcceptAsync(
        DurableTaskClient client,
        string ownerId,
        InboundNoticeDocument document,
        IReadOnlyDictionary<string, ItemDocument> items,
        X12InterchangeHeader? sender,
        CancellationToken cancellationToken)
    {
        var owner = OwnerId.Parse(ownerId);
        var noticeId = NoticeIds.For(owner, document.NoticeNumber);
        var container = await store.ContainerAsync(cancellationToken);
        if (document.Action == NoticeAction.Cancel)
        {
            return await CancelAsync(client, container, ownerId, noticeId, cancellationToken);
        }

        var (stored, outcome) = await poster.PostAsync(ownerId, async ct =>
        {
            var now = time.GetUtcNow();
            var existing = await container.ReadAsync<NoticeDocument>(NoticeDocument.IdOf(noticeId), ownerId, ct);
            if (existing is null)
            {
                var created = Describe(document, owner, noticeId, items, sender, now);
                var accepted = new WarehouseEvent($"{noticeId}/accepted", EventTypes.InboundNoticeAccepted, ownerId, noticeId, now,
                    new { noticeNumber = created.NoticeNumber, lines = created.Lines.Count, units = created.Lines.Sum(l => (long)l.Units) });
                // A new notice books its own pending-in (balances keyed by the notice): nothing to read first.
                return (new StockPosting(NoticeSteps.Notified(created), InboundMovements.Notified(NoticeRehydrator.Rehydrate(created), layout.Dock, now),
                    batch => batch.Create(created).Send(accepted.ToMessage())) { WritesNewDocumentsOnly = true }, (created, Outcome.Created));
            }

            var current = existing.Value;
            var posted = Describe(document, owner, noticeId, items, sender, current.AcceptedAt) with { Revision = current.Revision };
            if (current.Progress == NoticeProgress.Cancelled)
            {
                throw new StateConflictException(
                    $"Notice {current.NoticeNumber} was cancelled on {UtcText.Of(current.CancelledAt!.Value)} ({current.CancelReason}); send the goods under a new notice number.");
            }

            if (NoticeFingerprint.Of(posted) == NoticeFingerprint.Of(current))
            {
                return (StockPosting.None(NoticeSteps.Notified(current)), (current, Outcome.Repeated));
            }

            if (document.Action != NoticeAction.Replace)
            {
                throw new StateConflictException(
                    $"Notice number {current.NoticeNumber} is already taken by a notice with other content (accepted {UtcText.Of(current.AcceptedAt)}); " +
                    "send changes as a replacement (856 BSN01 05, JSON purpose \"replace\") while the goods have not arrived, or the new goods under a new notice number.");
            }

            if (current.Progress != NoticeProgress.AwaitingArrival)
            {
                throw new StateConflictException(
                    $"Notice {current.NoticeNumber} can no longer be replaced: its goods arrived at {UtcText.Of(current.ArrivedAt ?? now)} and it is {current.Progress}.");
            }

            var replacement = posted with { Revision = current.Revision + 1, ReplacedAt = now, AcceptedAt = current.AcceptedAt };
            var movements = InboundMovements.Replaced(NoticeRehydrator.Rehydrate(current), NoticeRehydrator.Rehydrate(replacement), replacement.Revision, layout.Dock, now);
            var replaced = new WarehouseEvent($"{noticeId}/replaced/{replacement.Revision}", EventTypes.InboundNoticeReplaced, ownerId, noticeId, now,
                new { noticeNumber = replacement.NoticeNumber, revision = replacement.Revision, lines = replacement.Lines.Count, units = replacement.Lines.Sum(l => (long)l.Units) });
            return (new StockPosting(NoticeSteps.Replace(replacement, replacement.Revision), movements,
                batch => batch.Replace(replacement, existing.ETag).Send(replaced.ToMessage())), (replacement, Outcome.Replaced));
        }, cancellationToken);

        // Idempotent, so a crash between the commit and the start is repaired by posting the notice again (or by a floor
        // action, or by the reconciliation sweep).
        var instanceId = outcome == Outcome.Created
            ? await orchestrations.StartAcceptedAsync(client, stored, cancellationToken)
            : await orchestrations.StartAsync(client, stored, cancellationToken);
        switch (outcome)
        {
            case Outcome.Created:
                _logger.NoticeAccepted(ownerId, stored.NoticeNumber, noticeId, stored.Lines.Count, instanceId);
                break;
            case Outcome.Replaced:
                _logger.NoticeReplaced(ownerId, stored.NoticeNumber, noticeId, stored.Revision);
                await orchestrations.SignalAsync(client, noticeId, InboundMilestones.NoticeChanged, new MilestoneEvent($"revision {stored.Revision}", time.GetUtcNow()), cancellationToken);
                break;
            default:
                _logger.NoticeDuplicate(ownerId, stored.NoticeNumber, noticeId);
                break;
        }

        return new AcceptedNotice(noticeId, stored.NoticeNumber, instanceId, outcome == Outcome.Created);
    }

    private async Task<AcceptedNotice> CancelAsync(DurableTaskClient client, IDocumentContainer container, string ownerId, string noticeId, CancellationToken cancellationToken)
    {
        var existing = await container.ReadAsync<NoticeDocument>(NoticeDocument.IdOf(noticeId), ownerId, cancellationToken)
            ?? throw new StateConflictException($"There is no notice {noticeId[(noticeId.IndexOf('~', StringComparison.Ordinal) + 1)..]} to cancel.");
        if (existing.Value.Progress is not (NoticeProgress.AwaitingArrival or NoticeProgress.Cancelled))
        {
            throw new StateConflictException(
                $"Notice {existing.Value.NoticeNumber} can no longer be cancelled: its goods arrived and it is {existing.Value.Progress}.");
        }

        if (await cancellation.CancelAsync(noticeId, "cancelled by the owner", cancellationToken, onlyBeforeArrival: true))
        {
            await orchestrations.SignalAsync(client, noticeId, InboundMilestones.NoticeChanged, new MilestoneEvent("cancelled", time.GetUtcNow()), cancellationToken);
        }

        var instanceId = await orchestrations.StartAsync(client, existing.Value, cancellationToken);
        return new AcceptedNotice(noticeId, existing.Value.NoticeNumber, instanceId, IsNew: false);
    }

    private enum Outcome
    {
        Created,
        Repeated,
        Replaced,
    }

    private static NoticeDocument Describe(
        InboundNoticeDocument document, OwnerId owner, string noticeId, IReadOnlyDictionary<string, ItemDocument> items, X12InterchangeHeader? sender, DateTimeOffset now)
    {
        var notice = document.ToNotice(owner, sku => items[sku.Value].CaseQuantity, now);
        return new NoticeDocument
        {
            Id = NoticeDocument.IdOf(noticeId),
            OwnerId = owner.Value,
            NoticeId = noticeId,
            NoticeNumber = document.NoticeNumber.Value,
            NoticeType = document.SourceFormat,
            ExpectedDate = document.ExpectedDate,
            ShipFrom = document.ShipFrom,
            Carrier = document.Carrier,
            Reference = document.Reference,
            ShipmentId = document.ShipmentId,
            Lines = [.. document.Lines.Select(l => new NoticeLineRecord(
                l.LineNumber, l.Sku.Value, notice.Lines.First(n => n.LineNumber == l.LineNumber).ExpectedQuantity.Units,
                l.Lot?.Value, l.Expiry, l.Quantity.Units, X12UnitCodes.ToCode(l.Unit)))],
            AcceptedAt = now,
            X12Qualifier = sender?.SenderQualifier,
            X12SenderId = sender?.SenderId,
            X12Version = sender?.Version,
            X12UsageIndicator = sender?.UsageIndicator,
            Progress = NoticeProgress.AwaitingArrival,
        };
    }
}
