namespace Logistics.Application.Common;

/// <summary>
/// Runs an asynchronous set-up (declaring a container, a topic) once per process: concurrent first callers wait for the
/// same run, and a run that failed is tried again by the next caller.
/// </summary>
public sealed class InitializeOnce(Func<CancellationToken, Task> initialize)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _done;

    /// <summary>Returns once the set-up has run to completion in this process.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_done)
            {
                await initialize(cancellationToken);
                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
