using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Domain.Common;
using Logistics.Domain.Inventory;
using Logistics.Storage.Documents;

namespace Logistics.Application.Inventory;

/// <summary>
/// Applies ledger movements and balance updates together with a step's state change, in the owner's partition.
/// </summary>
/// <remarks>
/// Each batch creates the movement documents (a create of an existing id means "already applied") and rewrites the
/// touched balances with their ETags, so concurrent steps never lose a movement: the loser's batch fails as a whole and
/// the step is rebuilt from fresh reads. Movements are chunked to stay under Cosmos DB's 100 operations per batch; each
/// chunk is atomic and idempotent, and the step's own operations ride in the last one, so a crash between chunks is
/// repaired by running the step again. A balance that would go negative rejects the step (available stock never goes
/// below zero).
/// </remarks>
public sealed class StockPoster(WarehouseStore store, TimeProvider time)
{
    /// <summary>Movements per chunk: each needs a movement create and at most one balance write, leaving room for the step's own operations.</summary>
    public const int MovementsPerBatch = 40;

    private const int MaxAttempts = 20;

    /// <summary>Builds the posting with <paramref name="build"/> and commits it, rebuilding on concurrency conflicts.</summary>
    /// <exception cref="DomainException">A balance would go negative.</exception>
    public async Task<T> PostAsync<T>(string ownerId, Func<CancellationToken, Task<(StockPosting Posting, T Result)>> build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        var container = await store.ContainerAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var (posting, result) = await build(cancellationToken);
            try
            {
                await CommitAsync(container, ownerId, posting, cancellationToken);
                return result;
            }
            catch (DocumentBatchException ex) when (attempt < MaxAttempts && ex.Failure is DocumentConflictException or DocumentPreconditionFailedException)
            {
                // Someone committed in between (a concurrent receipt, a double click): rebuild from fresh state.
                await Task.Yield();
            }
        }
    }

    private async Task CommitAsync(IDocumentContainer container, string ownerId, StockPosting posting, CancellationToken cancellationToken)
    {
        var fresh = new List<StockMovement>();
        var seen = new HashSet<MovementId>();
        foreach (var movement in posting.Movements)
        {
            if (seen.Add(movement.Id) &&
                await container.ReadAsync<MovementDocument>(MovementDocument.IdOf(movement.Id), ownerId, cancellationToken) is null)
            {
                fresh.Add(movement);
            }
        }

        var chunks = fresh.Chunk(MovementsPerBatch).ToList();
        if (chunks.Count == 0)
        {
            chunks.Add([]);
        }

        for (var i = 0; i < chunks.Count; i++)
        {
            var batch = container.CreateBatch(ownerId);
            await AddChunkAsync(container, batch, ownerId, chunks[i], cancellationToken);
            if (i == chunks.Count - 1)
            {
                posting.Finish?.Invoke(batch);
            }

            if (batch.Count > 0)
            {
                await batch.ExecuteAsync(cancellationToken);
            }
        }
    }

    private async Task AddChunkAsync(IDocumentContainer container, IDocumentBatch batch, string ownerId, StockMovement[] movements, CancellationToken cancellationToken)
    {
        var now = UtcText.Of(time.GetUtcNow());
        foreach (var group in movements.GroupBy(m => m.Key))
        {
            var id = BalanceDocument.IdOf(group.Key);
            var current = await container.ReadAsync<BalanceDocument>(id, ownerId, cancellationToken);
            var quantity = checked((current?.Value.Quantity ?? 0) + group.Sum(m => m.Delta));
            if (quantity < 0)
            {
                throw new DomainException(
                    $"Movement would make {group.Key} negative ({quantity}); stock cannot go below zero.");
            }

            var balance = new BalanceDocument
            {
                Id = id,
                OwnerId = ownerId,
                Sku = group.Key.Sku.Value,
                Lot = group.Key.Lot?.Value,
                Location = group.Key.Location.Value,
                Status = group.Key.Status,
                Quantity = quantity,
                UpdatedAt = now,
            };
            if (current is null)
            {
                batch.Create(balance);
            }
            else
            {
                batch.Replace(balance, current.ETag);
            }
        }

        foreach (var movement in movements)
        {
            batch.Create(MovementDocument.From(movement));
        }
    }
}
