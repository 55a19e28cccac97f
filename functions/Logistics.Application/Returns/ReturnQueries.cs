using System.Text.Json;
using Logistics.Application.Warehouse;
using Logistics.Application.Warehouse.Work;
using Logistics.Domain.Returns;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Returns;

/// <summary>Read side of returns: a publisher's own, and the floor's list of open return work across publishers.</summary>
public sealed class ReturnQueries(WarehouseStore store, ReturnRepository returns)
{
    /// <summary>Most returns the work list reads.</summary>
    public const int MaxWorkItems = 1000;

    private static readonly string[] Open = [.. Enum.GetValues<ReturnProgress>()
        .Where(p => p is not (ReturnProgress.Completed or ReturnProgress.Cancelled)).Select(p => p.ToString())];

    /// <summary>A return with its parts and its orchestration's runtime and custom status.</summary>
    /// <param name="client">The Durable client.</param>
    /// <param name="publisherId">The calling publisher; null for staff.</param>
    /// <param name="returnId">The return.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<ReturnView> GetAsync(DurableTaskClient client, string? publisherId, string returnId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var document = (await returns.GetAsync(returnId, publisherId, cancellationToken)).Value;
        var instanceId = ReturnIds.InstanceOf(returnId);
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        JsonElement? custom = instance?.SerializedCustomStatus is { } json ? JsonSerializer.Deserialize<JsonElement>(json) : null;
        return new ReturnView(returnId, document.ReturnNumber, document.Origin.ToString(), document.Progress.ToString(), document.SourceFormat, document.ExpectedDate,
            document.AcceptedAt, document.ArrivedAt, document.ClosedAt, document.CompletedAt, document.ReturnFrom, document.Pickup, document.Supplier,
            document.OriginalOrderNumber, document.Lines, document.Received, document.Parts, document.ScanCount, instanceId, instance?.RuntimeStatus.ToString(), custom,
            document.Advice is null ? null : $"/api/returns/{returnId}/advice");
    }

    /// <summary>The stored return of <paramref name="publisherId"/>.</summary>
    public async Task<ReturnDocument> GetDocumentAsync(string publisherId, string returnId, CancellationToken cancellationToken) =>
        (await returns.GetAsync(returnId, publisherId, cancellationToken)).Value;

    /// <summary>A page of the publisher's returns, optionally by status.</summary>
    public async Task<(IReadOnlyList<ReturnSummary> Returns, string? ContinuationToken)> ListAsync(
        string publisherId, ReturnProgress? status, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var query = new DocumentQuery(publisherId) { PageSize = pageSize, ContinuationToken = continuationToken }.WhereEquals("/type", ReturnDocument.Kind);
        query = status is { } s ? query.WhereEquals("/progress", s.ToString()) : query;
        var page = await container.QueryAsync<ReturnDocument>(query, cancellationToken);
        return ([.. page.Items.Select(d => new ReturnSummary(d.Value.ReturnId, d.Value.ReturnNumber, d.Value.Origin.ToString(), d.Value.Progress.ToString(),
            d.Value.ExpectedDate, d.Value.AcceptedAt, $"/api/returns/{d.Value.ReturnId}"))], page.ContinuationToken);
    }

    /// <summary>
    /// Every unfinished return of every publisher with what it waits for (floor work first: pickups, receipts, inspections,
    /// handovers; then what waits for owners and carriers), oldest first within each. A return whose owner asked the
    /// center to collect shows its pickup address until the goods arrive.
    /// </summary>
    public async Task<(IReadOnlyList<ReturnWorkItem> Items, bool Truncated)> OpenWorkAsync(CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var page = await container.QueryAsync<ReturnDocument>(
            new DocumentQuery(null) { PageSize = MaxWorkItems }.WhereEquals("/type", ReturnDocument.Kind).Where("/progress", QueryOperator.In, Open), cancellationToken);
        var items = page.Items.Select(d => Work(d.Value))
            .OrderBy(w => w.WaitingOn == WaitingOn.Floor ? 0 : 1).ThenBy(w => w.AcceptedAt).ThenBy(w => w.ReturnId, StringComparer.Ordinal)
            .ToList();
        return (items, page.ContinuationToken is not null);
    }

    private static ReturnWorkItem Work(ReturnDocument document)
    {
        var uninspected = document.Parts.Where(p => p.Disposition is null).ToList();
        var handover = document.Parts.Where(p => p.Disposition == ReturnDisposition.ReturnToSupplier && p.HandedOverAt is null).ToList();
        var held = document.Parts.Where(p => p.IsHeld).ToList();
        var (waitingOn, work) = document.Progress switch
        {
            ReturnProgress.AwaitingArrival when document.Pickup is not null => (WaitingOn.Floor, $"Collect the goods at {document.Pickup}, then record their arrival."),
            ReturnProgress.AwaitingArrival => (WaitingOn.Carrier, "The goods are on their way to the returns area."),
            ReturnProgress.Receiving => (WaitingOn.Floor, "Scan the goods and close the receipt."),
            _ when uninspected.Count > 0 || handover.Count > 0 =>
                (WaitingOn.Floor, $"Inspect {uninspected.Count} parts; hand {handover.Count} parts to the supplier's carrier."),
            _ when held.Count > 0 => (WaitingOn.Owner, $"The owner decides on {string.Join(", ", held.Select(p => p.PartId))}."),
            _ => (WaitingOn.System, "The advice is being written."),
        };
        return new ReturnWorkItem(document.ReturnId, document.OwnerId, document.ReturnNumber, document.Origin.ToString(), document.Progress.ToString(), waitingOn, work,
            document.Progress == ReturnProgress.AwaitingArrival ? document.Pickup : null, document.ExpectedDate, held.Min(p => p.HoldDeadline),
            [.. uninspected, .. handover], document.AcceptedAt);
    }
}
