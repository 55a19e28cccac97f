namespace Logistics.Application.Outbound;

/// <summary>
/// Lets one allocation at a time of this process touch an owner's item. Correctness does not depend on it — the
/// balances' ETags and the ledger's free-stock rule refuse a double allocation across processes too — but on a hot item
/// every concurrent allocation would otherwise read, plan, conflict and retry, so queueing them here turns a retry storm
/// into a short wait.
/// </summary>
/// <remarks>Locks are striped by hash; an allocation takes its items' stripes in ascending order, so two never deadlock.</remarks>
public sealed class AllocationGate
{
    private const int Stripes = 256;
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Waits until no other allocation of this process holds any of <paramref name="skus"/> of <paramref name="ownerId"/>.</summary>
    /// <returns>Releases the items when disposed.</returns>
    public async Task<IDisposable> EnterAsync(string ownerId, IEnumerable<string> skus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skus);
        var stripes = skus.Select(sku => Stripe(ownerId, sku)).Distinct().Order().ToList();
        var held = new List<SemaphoreSlim>(stripes.Count);
        try
        {
            foreach (var stripe in stripes)
            {
                await _stripes[stripe].WaitAsync(cancellationToken);
                held.Add(_stripes[stripe]);
            }
        }
        catch
        {
            Release(held);
            throw;
        }

        return new Entry(held);
    }

    private static int Stripe(string ownerId, string sku) =>
        (int)(unchecked((uint)StringComparer.Ordinal.GetHashCode(ownerId + "\u001f" + sku)) % Stripes);

    private static void Release(List<SemaphoreSlim> held)
    {
        foreach (var semaphore in Enumerable.Reverse(held))
        {
            semaphore.Release();
        }
    }

    private sealed class Entry(List<SemaphoreSlim> held) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Release(held);
            }
        }
    }
}
