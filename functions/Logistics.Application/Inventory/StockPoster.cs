using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Domain.Common;
using Logistics.Domain.Inventory;
using Logistics.Storage.Documents;

namespace Logistics.Application.Inventory;

/// <summary>
/// Commits a step's ledger movements and balance updates together with its state change, in the owner's partition,
/// under the domain's <see cref="StockLedger"/> rules.
/// </summary>
/// <remarks>
/// <para>
/// The rules are the domain's own: the touched balances and the step's already-applied movement ids are loaded into a
/// <see cref="StockLedger"/> view, which applies the movements (each id once, no balance below zero, no oversold
/// allocation) or refuses them; what it computed is then written: movement documents created (creating an existing id
/// fails, so each is applied once) and balances rewritten under their ETags, so concurrent steps never lose a movement.
/// </para>
/// <para>
/// When the movements fit the step's own batch (Cosmos DB allows 100 operations) everything commits at once and a
/// conflict rebuilds the step from fresh reads. Otherwise the step commits its state change together with the movements
/// frozen in a <see cref="PostingDocument"/>, which is then applied in chunks: a retry or a crash can never post other
/// quantities than the state change recorded. <see cref="ApplyPendingAsync"/> finishes postings a crash interrupted.
/// </para>
/// </remarks>
public sealed class StockPoster(WarehouseStore store, TimeProvider time)
{
    /// <summary>Operations Cosmos DB admits in one transactional batch.</summary>
    public const int MaxBatchOperations = 100;

    /// <summary>Movements per chunk of a frozen posting: each needs a movement create and at most one balance write.</summary>
    public const int MovementsPerChunk = 40;

    private const int MaxAttempts = 20;

    /// <summary>Builds the posting with <paramref name="build"/> and commits it, rebuilding on concurrency conflicts.</summary>
    /// <exception cref="DomainException">A balance would go negative, or (after every retry) an allocation would oversell.</exception>
    public async Task<T> PostAsync<T>(string ownerId, Func<CancellationToken, Task<(StockPosting Posting, T Result)>> build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        var container = await store.ContainerAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var (posting, result) = await build(cancellationToken);
            bool frozen;
            try
            {
                frozen = await CommitStepAsync(container, ownerId, posting, assumeNew: posting.WritesNewDocumentsOnly && attempt == 1, cancellationToken);
            }
            catch (DocumentBatchException ex) when (attempt < MaxAttempts && ex.Failure is DocumentConflictException or DocumentPreconditionFailedException)
            {
                // Someone committed in between (a concurrent receipt, a double click): rebuild from fresh state.
                await Task.Yield();
                continue;
            }
            catch (OversellException) when (attempt < MaxAttempts)
            {
                // The build planned from stock that a concurrent allocation reserved before this step read the balances.
                await Task.Yield();
                continue;
            }

            if (frozen)
            {
                await ApplyFrozenAsync(container, ownerId, PostingDocument.IdOf(posting.Step), cancellationToken);
            }

            return result;
        }
    }

    /// <summary>Applies the postings of <paramref name="steps"/> that a crash left frozen but not applied (one point read each).</summary>
    /// <returns>How many postings were applied.</returns>
    public async Task<int> ApplyPendingAsync(string ownerId, IEnumerable<string> steps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var container = await store.ContainerAsync(cancellationToken);
        var applied = 0;
        foreach (var step in steps)
        {
            if (await container.ReadAsync<PostingDocument>(PostingDocument.IdOf(step), ownerId, cancellationToken) is not null)
            {
                await ApplyFrozenAsync(container, ownerId, PostingDocument.IdOf(step), cancellationToken);
                applied++;
            }
        }

        return applied;
    }

    // True when the movements were frozen with the step and still need applying.
    private async Task<bool> CommitStepAsync(IDocumentContainer container, string ownerId, StockPosting posting, bool assumeNew, CancellationToken cancellationToken)
    {
        var batch = container.CreateBatch(ownerId);
        posting.Finish?.Invoke(batch);
        var plan = assumeNew
            ? PlanFrom(ownerId, posting.Movements, [], [], [])
            : await PlanAsync(container, ownerId, posting.Movements, cancellationToken);
        if (batch.Count + plan.Operations <= MaxBatchOperations)
        {
            plan.AddTo(batch);
            if (batch.Count > 0)
            {
                await batch.ExecuteAsync(cancellationToken);
            }

            return false;
        }

        var frozen = container.CreateBatch(ownerId);
        posting.Finish?.Invoke(frozen);
        frozen.Create(new PostingDocument
        {
            Id = PostingDocument.IdOf(posting.Step),
            OwnerId = ownerId,
            Step = posting.Step,
            Movements = [.. plan.Fresh.Select(MovementDocument.From)],
        });
        await frozen.ExecuteAsync(cancellationToken);
        return true;
    }

    private async Task ApplyFrozenAsync(IDocumentContainer container, string ownerId, string postingId, CancellationToken cancellationToken)
    {
        var posting = await container.ReadAsync<PostingDocument>(postingId, ownerId, cancellationToken);
        if (posting is null)
        {
            return;
        }

        var chunks = posting.Value.Movements.Select(m => m.ToMovement()).Chunk(MovementsPerChunk).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            for (var attempt = 1; ; attempt++)
            {
                var plan = await PlanAsync(container, ownerId, chunks[i], cancellationToken);
                var batch = container.CreateBatch(ownerId);
                plan.AddTo(batch);
                if (i == chunks.Count - 1)
                {
                    batch.Delete(postingId);
                }

                try
                {
                    if (batch.Count > 0)
                    {
                        await batch.ExecuteAsync(cancellationToken);
                    }

                    break;
                }
                catch (DocumentBatchException ex) when (attempt < MaxAttempts && ex.Failure is DocumentConflictException or DocumentPreconditionFailedException)
                {
                    // A concurrent step touched one of these balances, or applied this chunk first: plan again.
                    await Task.Yield();
                }
                catch (DocumentBatchException ex) when (i == chunks.Count - 1 && ex.Failure is DocumentNotFoundException)
                {
                    // Another caller applied the posting and deleted it meanwhile.
                    return;
                }
            }
        }
    }

    private async Task<Plan> PlanAsync(IDocumentContainer container, string ownerId, IReadOnlyList<StockMovement> movements, CancellationToken cancellationToken)
    {
        var applied = new List<MovementId>();
        foreach (var id in movements.Select(m => m.Id).Distinct())
        {
            if (await container.ReadAsync<MovementDocument>(MovementDocument.IdOf(id), ownerId, cancellationToken) is not null)
            {
                applied.Add(id);
            }
        }

        var stored = new Dictionary<StockKey, Document<BalanceDocument>>();
        foreach (var key in movements.Where(m => !applied.Contains(m.Id)).Select(m => m.Key).Distinct())
        {
            if (await container.ReadAsync<BalanceDocument>(BalanceDocument.IdOf(key), ownerId, cancellationToken) is { } balance)
            {
                stored[key] = balance;
            }
        }

        // An allocation is checked against the on-hand stock it reserves: same item, lot and location.
        var context = new List<InventoryBalance>();
        foreach (var source in movements.Where(m => m.Key.Status == StockStatus.PendingOut && m.Delta > 0).Select(m => StockLedger.SourceOf(m.Key)).Distinct())
        {
            if (!stored.ContainsKey(source) && await container.ReadAsync<BalanceDocument>(BalanceDocument.IdOf(source), ownerId, cancellationToken) is { } onHand)
            {
                context.Add(new InventoryBalance(source, onHand.Value.Quantity));
            }
        }

        return PlanFrom(ownerId, movements, stored, context, applied);
    }

    // What the domain's ledger computes from the stored balances (and the allocation context) for the movements not yet applied.
    private Plan PlanFrom(
        string ownerId,
        IReadOnlyList<StockMovement> movements,
        Dictionary<StockKey, Document<BalanceDocument>> stored,
        IReadOnlyList<InventoryBalance> context,
        IReadOnlyList<MovementId> applied)
    {
        var ledger = StockLedger.Over([.. stored.Select(s => new InventoryBalance(s.Key, s.Value.Value.Quantity)), .. context], applied);
        ledger.Apply(movements);
        var now = UtcText.Of(time.GetUtcNow());
        var balances = ledger.Movements.Select(m => m.Key).Distinct()
            .Select(key => (Document: Balance(ownerId, key, ledger.Balance(key), now), ETag: stored.TryGetValue(key, out var previous) ? previous.ETag : null))
            .ToList();
        return new Plan(ledger.Movements, balances);
    }

    private static BalanceDocument Balance(string ownerId, StockKey key, long quantity, string now) => new()
    {
        Id = BalanceDocument.IdOf(key),
        OwnerId = ownerId,
        Sku = key.Sku.Value,
        Lot = key.Lot?.Value,
        Location = key.Location.Value,
        Status = key.Status,
        Reference = key.Reference,
        Quantity = quantity,
        UpdatedAt = now,
    };

    /// <summary>What applying a set of movements writes: the new movements and the touched balances.</summary>
    private sealed record Plan(IReadOnlyList<StockMovement> Fresh, IReadOnlyList<(BalanceDocument Document, string? ETag)> Balances)
    {
        public int Operations => Fresh.Count + Balances.Count;

        public void AddTo(IDocumentBatch batch)
        {
            foreach (var (document, etag) in Balances)
            {
                if (etag is null)
                {
                    batch.Create(document);
                }
                else
                {
                    batch.Replace(document, etag);
                }
            }

            foreach (var movement in Fresh)
            {
                batch.Create(MovementDocument.From(movement));
            }
        }
    }
}
