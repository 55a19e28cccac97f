namespace Logistics.Orchestration.Runtime;

/// <summary>
/// Serializes work on one instance inside this process (striped, so memory stays bounded); across processes the
/// instance document's ETag does the same job.
/// </summary>
internal sealed class InstanceLocks
{
    private readonly SemaphoreSlim[] stripes;

    public InstanceLocks(int stripeCount = 1024)
    {
        stripes = new SemaphoreSlim[stripeCount];
        for (var i = 0; i < stripes.Length; i++)
            stripes[i] = new SemaphoreSlim(1, 1);
    }

    public async Task<Releaser> AcquireAsync(string instanceId, CancellationToken cancellationToken)
    {
        var stripe = stripes[(int)(unchecked((uint)StringComparer.Ordinal.GetHashCode(instanceId)) % (uint)stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    internal readonly struct Releaser(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
