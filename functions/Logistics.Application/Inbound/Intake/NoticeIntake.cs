using Logistics.Application.Common;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inbound;
using Logistics.Domain.Owners;
using Logistics.Edi.Inbound;
using Logistics.Edi.Json;
using Logistics.Edi.X12;
using Microsoft.DurableTask.Client;
using Logistics.Storage.Documents;
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
            throw new WarehouseValidationException([.. faults.Select(f => new FieldError(
                f.LineIndex is { } i ? $"/lines/{i}/{f.Field}" : $"/{f.Field}", f.Message))]);
        }

        return await AcceptAsync(client, ownerId, document, items, null, cancellationToken);
    }

    /// <summary>Stores a validated notice and starts its orchestration; an existing notice is returned untouched.</summary>
    internal async Task<AcceptedNotice> AcceptAsync(
        DurableTaskClient client,
        string ownerId,
        InboundNoticeDocument document,
        IReadOnlyDictionary<string, ItemDocument> items,
        X12InterchangeHeader? sender,
        CancellationToken cancellationToken)
    {
        var owner = OwnerId.Parse(ownerId);
        var now = time.GetUtcNow();
        var notice = document.ToNotice(owner, sku => items[sku.Value].CaseQuantity, now);
        var noticeId = NoticeIds.For(owner, document.NoticeNumber);
        var stored = new NoticeDocument
        {
            Id = NoticeDocument.IdOf(noticeId),
            OwnerId = ownerId,
            NoticeId = noticeId,
            NoticeNumber = document.NoticeNumber.Value,
            NoticeType = document.SourceFormat,
            ExpectedDate = document.ExpectedDate,
            ShipFrom = document.ShipFrom,
            Carrier = document.Carrier,
            Reference = document.Reference,
            Lines = [.. document.Lines.Select(l => new NoticeLineRecord(
                l.LineNumber, l.Sku.Value, notice.Lines.First(n => n.LineNumber == l.LineNumber).ExpectedQuantity.Units,
                l.Lot?.Value, l.Expiry, l.Quantity.Units, X12UnitCodes.ToCode(l.Unit)))],
            AcceptedAt = now,
            X12Qualifier = sender?.SenderQualifier,
            X12SenderId = sender?.SenderId,
            Progress = NoticeProgress.AwaitingArrival,
        };

        var container = await store.ContainerAsync(cancellationToken);
        var batch = container.CreateBatch(ownerId).Create(stored)
            .Send(new WarehouseEvent($"{noticeId}/accepted", "InboundNoticeAccepted", ownerId, noticeId, now,
                new { noticeNumber = stored.NoticeNumber, lines = stored.Lines.Count, units = stored.Lines.Sum(l => l.Units) }).ToMessage());
        var isNew = true;
        try
        {
            await batch.ExecuteAsync(cancellationToken);
        }
        catch (DocumentBatchException ex) when (ex.Failure is DocumentConflictException)
        {
            // Same (publisher, notice number): the existing notice stands and its content wins.
            isNew = false;
            stored = (await container.ReadAsync<NoticeDocument>(stored.Id, ownerId, cancellationToken))!.Value;
        }

        if (stored.Progress == NoticeProgress.Cancelled)
        {
            throw new StateConflictException(
                $"Notice {stored.NoticeNumber} was cancelled on {UtcText.Of(stored.CancelledAt!.Value)} ({stored.CancelReason}); send the goods under a new notice number.");
        }

        // Both steps are idempotent, so a crash after the create is repaired by posting the notice again (or by the
        // reconciliation sweep).
        await BookPendingInAsync(stored, cancellationToken);
        var instanceId = await orchestrations.StartAsync(client, stored, cancellationToken);

        if (isNew)
        {
            _logger.NoticeAccepted(ownerId, stored.NoticeNumber, noticeId, stored.Lines.Count, instanceId);
        }
        else
        {
            _logger.NoticeDuplicate(ownerId, stored.NoticeNumber, noticeId);
        }

        return new AcceptedNotice(noticeId, stored.NoticeNumber, instanceId, isNew);
    }

    private Task BookPendingInAsync(NoticeDocument stored, CancellationToken cancellationToken)
    {
        var notice = NoticeRehydrator.Rehydrate(stored with { Scans = [], ClosedAt = null, Decisions = [] });
        var movements = InboundMovements.Notified(notice, layout.Dock, stored.AcceptedAt);
        return poster.PostAsync(
            stored.OwnerId,
            _ => Task.FromResult((new StockPosting(movements, null), true)),
            cancellationToken);
    }
}
