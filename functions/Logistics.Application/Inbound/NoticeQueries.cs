using System.Text.Json;
using Logistics.Application.Inbound.Putaway;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inbound;
using Microsoft.DurableTask.Client;
using Logistics.Storage.Documents;

namespace Logistics.Application.Inbound;

/// <summary>Read side of inbound notices, scoped to one publisher.</summary>
public sealed class NoticeQueries(WarehouseStore store, NoticeRepository notices, PutawayService putaway)
{
    /// <summary>A notice with its receiving state and its orchestration's runtime and custom status.</summary>
    public async Task<NoticeView> GetAsync(DurableTaskClient client, string publisherId, string noticeId, CancellationToken cancellationToken)
    {
        var document = (await notices.GetAsync(noticeId, publisherId, cancellationToken)).Value;
        var notice = NoticeRehydrator.Rehydrate(document);
        var results = notice.ClosedOrLater() ? notice.Results : ReceiptCalculator.Compute(notice.Lines, notice.Scans);
        var instanceId = NoticeIds.InstanceOf(noticeId);
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        JsonElement? custom = instance?.SerializedCustomStatus is { } json ? JsonSerializer.Deserialize<JsonElement>(json) : null;
        return new NoticeView(
            noticeId,
            document.NoticeNumber,
            document.NoticeType.ToString(),
            document.Progress.ToString(),
            document.ExpectedDate,
            document.AcceptedAt,
            document.ArrivedAt,
            document.ClosedAt,
            instanceId,
            instance?.RuntimeStatus.ToString(),
            custom,
            [.. results.Select(r => new NoticeLineView(r.LineNumber, r.Item.ToString(), r.Lot?.Value, r.Expected, r.ReceivedGood, r.ReceivedDamaged, r.Received, Flags(r.Discrepancies)))],
            [.. notice.Pending.Select(p => new PendingGoodsView(p.Id, p.Item.ToString(), p.Lot?.Value, p.Quantity.Units, p.Reason.ToString(), p.Decision?.ToString()))],
            document.PutawayPlanned ? await putaway.ListAsync(noticeId, openOnly: false, cancellationToken) : [],
            document.ScanCount,
            document.Advice is null ? null : $"/api/notices/{noticeId}/advices");
    }

    /// <summary>A page of the publisher's notices, optionally by status and notice number.</summary>
    public async Task<(IReadOnlyList<NoticeSummary> Notices, string? ContinuationToken)> ListAsync(
        string publisherId, NoticeProgress? status, string? noticeNumber, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var query = new DocumentQuery(publisherId) { PageSize = pageSize, ContinuationToken = continuationToken }.WhereEquals("/type", NoticeDocument.Kind);
        query = status is { } s ? query.WhereEquals("/progress", s.ToString()) : query;
        query = noticeNumber is not null ? query.WhereEquals("/noticeNumber", noticeNumber) : query;
        var page = await container.QueryAsync<NoticeDocument>(query, cancellationToken);
        return ([.. page.Items.Select(d => new NoticeSummary(d.Value.NoticeId, d.Value.NoticeNumber, d.Value.NoticeType.ToString(), d.Value.Progress.ToString(),
            d.Value.ExpectedDate, d.Value.AcceptedAt, $"/api/notices/{d.Value.NoticeId}"))], page.ContinuationToken);
    }

    /// <summary>The stored notice (for its advice); null advice while the notice is not completed.</summary>
    public async Task<NoticeDocument> GetDocumentAsync(string publisherId, string noticeId, CancellationToken cancellationToken) =>
        (await notices.GetAsync(noticeId, publisherId, cancellationToken)).Value;

    private static IReadOnlyList<string> Flags(Discrepancy discrepancies) =>
        [.. Enum.GetValues<Discrepancy>().Where(d => d != Discrepancy.None && discrepancies.HasFlag(d)).Select(d => d.ToString())];
}
