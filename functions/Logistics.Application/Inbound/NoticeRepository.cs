using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Inbound;

/// <summary>Loads notices by id, scoped to a publisher when one is given.</summary>
public sealed class NoticeRepository(WarehouseStore store)
{
    /// <summary>The notice with its ETag.</summary>
    /// <param name="noticeId">The notice id (its owner is part of it).</param>
    /// <param name="publisherId">The calling publisher, or null for warehouse staff.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ResourceNotFoundException">Absent, malformed, or another publisher's.</exception>
    public async Task<Document<NoticeDocument>> GetAsync(string noticeId, string? publisherId, CancellationToken cancellationToken)
    {
        if (!NoticeIds.TryParse(noticeId, out var owner, out _) || (publisherId is not null && owner!.Value != publisherId))
        {
            throw new ResourceNotFoundException($"No notice '{noticeId}'.");
        }

        var container = await store.ContainerAsync(cancellationToken);
        return await container.ReadAsync<NoticeDocument>(NoticeDocument.IdOf(noticeId), owner!.Value, cancellationToken)
            ?? throw new ResourceNotFoundException($"No notice '{noticeId}'.");
    }
}
