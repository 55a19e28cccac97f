using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Items;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Domain.Common;
using Logistics.Domain.Items;
using Logistics.Domain.Owners;
using Logistics.Domain.Returns;
using Logistics.Edi.Inbound;
using Logistics.Edi.Json;
using Logistics.Edi.Returns;
using Logistics.Edi.X12;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Returns.Intake;

/// <summary>
/// Takes in return notices (JSON, or X12 180s split from their interchange): validates, stores the return
/// (create = idempotency on (publisher, return number)) and starts its orchestration. Bad input changes nothing.
/// </summary>
/// <remarks>
/// No stock is booked at intake: a return is no promise of goods (see <see cref="ReturnMovements"/>), so a replacement
/// or a cancellation before the goods arrive only changes the return itself.
/// </remarks>
public sealed class ReturnIntake(
    WarehouseStore store,
    ReturnRules rules,
    ReturnOrchestrations orchestrations,
    TimeProvider time)
{
    /// <summary>Validates and accepts a JSON return notice.</summary>
    /// <exception cref="WarehouseValidationException">Schema or business-rule faults, named by JSON pointer.</exception>
    /// <exception cref="StateConflictException">See <see cref="AcceptAsync"/>.</exception>
    public async Task<AcceptedReturn> AcceptJsonAsync(DurableTaskClient client, string ownerId, string json, CancellationToken cancellationToken)
    {
        var parsed = ReturnJsonValidator.Validate(json);
        if (!parsed.IsValid || parsed.Document is not { } document)
        {
            throw new WarehouseValidationException([.. parsed.Errors.Select(e => new FieldError(e.Pointer, e.Message))]);
        }

        var check = await rules.CheckAsync(ownerId, document, cancellationToken);
        if (!check.Passed)
        {
            throw new WarehouseValidationException([.. check.Faults.Select(f => new FieldError(f.Pointer, f.Message))]);
        }

        return await AcceptAsync(client, ownerId, check.Document, check.Items, null, cancellationToken);
    }

    /// <summary>
    /// Applies a checked return notice as its sender declares it and makes sure its orchestration runs. A number already
    /// taken answers with the existing return when the content is the same and is refused when it differs; a
    /// replacement or a cancellation is applied while the goods have not arrived.
    /// </summary>
    /// <exception cref="StateConflictException">
    /// The number is taken by a return with other content or by a cancelled return; a replacement or cancellation came after
    /// the goods arrived; a cancellation names no return.
    /// </exception>
    internal async Task<AcceptedReturn> AcceptAsync(
        DurableTaskClient client, string ownerId, ReturnNoticeDocument document, IReadOnlyDictionary<string, ItemDocument> items,
        X12InterchangeHeader? sender, CancellationToken cancellationToken)
    {
        var owner = OwnerId.Parse(ownerId);
        var returnId = ReturnIds.For(owner, ReturnNumber.Parse(document.ReturnNumber));
        var container = await store.ContainerAsync(cancellationToken);
        while (true)
        {
            var now = time.GetUtcNow();
            var existing = await container.ReadAsync<ReturnDocument>(ReturnDocument.IdOf(returnId), ownerId, cancellationToken);
            if (document.Action == NoticeAction.Cancel)
            {
                if (await CancelAsync(client, container, existing, returnId, now, cancellationToken) is { } cancelled)
                {
                    return cancelled;
                }

                continue;
            }

            if (existing is null)
            {
                var created = Describe(document, owner, returnId, items, sender, now);
                var accepted = new WarehouseEvent($"{returnId}/accepted", EventTypes.ReturnNoticeAccepted, ownerId, returnId, now, Accepted(created));
                if (!await TryExecuteAsync(container.CreateBatch(ownerId).Create(created).Send(accepted.ToMessage()), cancellationToken))
                {
                    continue;
                }

                return new AcceptedReturn(returnId, created.ReturnNumber, await orchestrations.StartAcceptedAsync(client, created, cancellationToken), IsNew: true);
            }

            var current = existing.Value;
            if (current.Progress == ReturnProgress.Cancelled)
            {
                throw new StateConflictException(
                    $"Return {current.ReturnNumber} was cancelled on {UtcText.Of(current.CancelledAt!.Value)}; send the goods under a new return number.");
            }

            var posted = Describe(document, owner, returnId, items, sender, current.AcceptedAt);
            if (posted.Fingerprint == current.Fingerprint)
            {
                // A repeat: nothing changes, and a crash that left the return without its instance is repaired here.
                return new AcceptedReturn(returnId, current.ReturnNumber, await orchestrations.StartAsync(client, current, cancellationToken), IsNew: false);
            }

            if (document.Action != NoticeAction.Replace)
            {
                throw new StateConflictException(
                    $"Return number {current.ReturnNumber} is already taken by a return with other content (accepted {UtcText.Of(current.AcceptedAt)}); " +
                    "send changes as a replacement (180 BGN01 05, JSON purpose \"replace\") while the goods have not arrived, or new goods under a new return number.");
            }

            if (current.Progress != ReturnProgress.AwaitingArrival)
            {
                throw new StateConflictException(
                    $"Return {current.ReturnNumber} can no longer be replaced: its goods arrived at {UtcText.Of(current.ArrivedAt ?? now)} and it is {current.Progress}.");
            }

            var replacement = posted with { Revision = current.Revision + 1 };
            var replaced = new WarehouseEvent($"{returnId}/accepted/{replacement.Revision}", EventTypes.ReturnNoticeAccepted, ownerId, returnId, now,
                new { replacement.ReturnNumber, replacement.Revision, lines = replacement.Lines.Count, units = replacement.Lines.Sum(l => l.Units) });
            if (!await TryExecuteAsync(container.CreateBatch(ownerId).Replace(replacement, existing.ETag).Send(replaced.ToMessage()), cancellationToken))
            {
                continue;
            }

            var instanceId = await orchestrations.StartAsync(client, replacement, cancellationToken);
            await orchestrations.SignalAsync(client, returnId, ReturnMilestones.ReturnChanged, new MilestoneEvent($"revision {replacement.Revision}", now), cancellationToken);
            return new AcceptedReturn(returnId, replacement.ReturnNumber, instanceId, IsNew: false);
        }
    }

    /// <summary>The payload of <see cref="EventTypes.ReturnNoticeAccepted"/>.</summary>
    internal static object Accepted(ReturnDocument created) => new
    {
        returnNumber = created.ReturnNumber,
        origin = created.Origin.ToString(),
        lines = created.Lines.Count,
        units = created.Lines.Sum(l => l.Units),
        pickup = created.Pickup?.ToString(),
    };

    // Null when a concurrent change got in first (the caller reads again).
    private async Task<AcceptedReturn?> CancelAsync(
        DurableTaskClient client, IDocumentContainer container, Document<ReturnDocument>? existing, string returnId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = existing?.Value ?? throw new StateConflictException($"There is no return {returnId[(returnId.IndexOf('~', StringComparison.Ordinal) + 1)..]} to cancel.");
        if (current.Progress is not (ReturnProgress.AwaitingArrival or ReturnProgress.Cancelled))
        {
            throw new StateConflictException($"Return {current.ReturnNumber} can no longer be cancelled: its goods arrived and it is {current.Progress}.");
        }

        if (current.Progress == ReturnProgress.AwaitingArrival)
        {
            var cancelled = current with { Progress = ReturnProgress.Cancelled, CancelledAt = now, CancelReason = "cancelled by the owner" };
            if (!await TryExecuteAsync(container.CreateBatch(current.OwnerId).Replace(cancelled, existing!.ETag), cancellationToken))
            {
                return null;
            }

            await orchestrations.SignalAsync(client, returnId, ReturnMilestones.ReturnChanged, new MilestoneEvent("cancelled", now), cancellationToken);
        }

        return new AcceptedReturn(returnId, current.ReturnNumber, ReturnIds.InstanceOf(returnId), IsNew: false);
    }

    private static ReturnDocument Describe(
        ReturnNoticeDocument document, OwnerId owner, string returnId, IReadOnlyDictionary<string, ItemDocument> items, X12InterchangeHeader? sender, DateTimeOffset acceptedAt)
    {
        var lines = document.Lines.Select(l =>
        {
            var sku = l.Sku?.Value ?? throw new DomainException($"Line {l.LineNumber} has no resolved SKU.");
            var units = l.Unit == UnitOfMeasure.Case ? (long)l.Quantity.Units * items[sku].CaseQuantity : l.Quantity.Units;
            return new ReturnLineRecord(l.LineNumber, sku, l.Lot?.Value, units, l.Reason, l.RequestedDisposition, l.ReasonText, l.OriginalOrderNumber,
                l.Quantity.Units, X12UnitCodes.ToCode(l.Unit));
        }).ToList();
        var orders = lines.Select(l => l.OriginalOrderNumber).Where(o => o is not null).Distinct().ToList();
        var created = new ReturnDocument
        {
            Id = ReturnDocument.IdOf(returnId),
            OwnerId = owner.Value,
            ReturnId = returnId,
            ReturnNumber = document.ReturnNumber,
            Origin = ReturnOrigin.OwnerNotice,
            SourceFormat = document.SourceFormat == ReturnNoticeFormat.Edi180 ? "x12" : "json",
            Fingerprint = string.Empty,
            ExpectedDate = document.ExpectedDate,
            ReturnFrom = document.ReturnFrom,
            Pickup = document.Pickup,
            Supplier = document.Supplier,
            OriginalOrderNumber = orders.Count == 1 ? orders[0] : null,
            Lines = lines,
            AcceptedAt = acceptedAt,
            X12Qualifier = sender?.SenderQualifier,
            X12SenderId = sender?.SenderId,
            X12Version = sender?.Version,
            X12UsageIndicator = sender?.UsageIndicator,
            Progress = ReturnProgress.AwaitingArrival,
        };
        return created with { Fingerprint = ReturnFingerprint.Of(created) };
    }

    private static async Task<bool> TryExecuteAsync(IDocumentBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await batch.ExecuteAsync(cancellationToken);
            return true;
        }
        catch (DocumentBatchException ex) when (ex.Failure is DocumentPreconditionFailedException or DocumentConflictException)
        {
            return false;
        }
    }
}
