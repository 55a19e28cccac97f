using System.Collections.Concurrent;
using Logistics.Functions.Table;

namespace Logistics.Functions.Tests.Infrastructure;

/// <summary>Shared record of test-handler invocations, with a signal per expected count.</summary>
public sealed class InvocationLog
{
    private readonly ConcurrentQueue<FunctionInvocation> _invocations = new();
    private readonly List<(Func<IReadOnlyCollection<FunctionInvocation>, bool> Condition, TaskCompletionSource Signal)> _waiters = [];
    private readonly Lock _gate = new();

    /// <summary>Everything recorded so far.</summary>
    public IReadOnlyCollection<FunctionInvocation> All => _invocations;

    /// <summary>Records an invocation.</summary>
    public void Add(FunctionInvocation invocation)
    {
        _invocations.Enqueue(invocation);
        lock (_gate)
        {
            foreach (var waiter in _waiters.Where(w => w.Condition(_invocations)).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Completes when the condition holds; fails the test after a generous guard (never a sleep).</summary>
    public Task WaitUntilAsync(Func<IReadOnlyCollection<FunctionInvocation>, bool> condition)
    {
        lock (_gate)
        {
            if (condition(_invocations))
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((condition, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
