using Logistics.Functions.Tests.Infrastructure;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Tests.LocalRuntime;

/// <summary>Every run of the test timers, with the <see cref="TimerInfo"/> each was given.</summary>
public sealed class TimerRuns
{
    private readonly Lock _gate = new();
    private readonly List<(string Function, TimerInfo Timer)> _runs = [];

    /// <summary>The runs so far, oldest first.</summary>
    public IReadOnlyList<(string Function, TimerInfo Timer)> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _runs];
            }
        }
    }

    public void Add(string function, TimerInfo timer)
    {
        lock (_gate)
        {
            _runs.Add((function, timer));
        }
    }

    /// <summary>Returns once at least <paramref name="count"/> runs happened (runs happen on the scheduler's own tasks).</summary>
    public Task WaitForAsync(int count) => Eventually.TrueAsync(() => Task.FromResult(All.Count >= count), $"{count} timer run(s)");
}
