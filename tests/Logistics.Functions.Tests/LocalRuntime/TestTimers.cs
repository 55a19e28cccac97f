using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Tests.LocalRuntime;

/// <summary>Timer functions declared the way the app declares its own, for <see cref="TimerHarness"/>.</summary>
public static class TestTimers
{
    /// <summary>Every five minutes, on the hour's multiples of five.</summary>
    public sealed class EveryFiveMinutes(TimerRuns runs)
    {
        [Function(nameof(EveryFiveMinutes))]
        public void Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer) => runs.Add(nameof(EveryFiveMinutes), timer);
    }

    /// <summary>Every five minutes, and once whenever the runtime starts.</summary>
    public sealed class OnStartup(TimerRuns runs)
    {
        [Function(nameof(OnStartup))]
        public Task RunAsync([TimerTrigger("0 */5 * * * *", RunOnStartup = true)] TimerInfo timer)
        {
            runs.Add(nameof(OnStartup), timer);
            return Task.CompletedTask;
        }
    }

    /// <summary>Once a year, on 1 June: its occurrences lie further apart than one <see cref="Task.Delay(TimeSpan, TimeProvider)"/> can wait.</summary>
    public sealed class Yearly(TimerRuns runs)
    {
        [Function(nameof(Yearly))]
        public void Run([TimerTrigger("0 0 0 1 6 *")] TimerInfo timer) => runs.Add(nameof(Yearly), timer);
    }

    /// <summary>Every five minutes; each run records itself, then throws.</summary>
    public sealed class Failing(TimerRuns runs)
    {
        [Function(nameof(Failing))]
        public void Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer)
        {
            runs.Add(nameof(Failing), timer);
            throw new InvalidOperationException("The report store is down.");
        }
    }

    /// <summary>At start, a run that holds until <see cref="Gate.Release"/> and reports what it saw of the stop.</summary>
    public sealed class Blocking(TimerRuns runs, Gate gate)
    {
        [Function(nameof(Blocking))]
        public async Task RunAsync([TimerTrigger("0 */5 * * * *", RunOnStartup = true)] TimerInfo timer, CancellationToken cancellationToken)
        {
            runs.Add(nameof(Blocking), timer);
            gate.Started.TrySetResult();
            await gate.Release.Task;
            gate.SawStop = cancellationToken.IsCancellationRequested;
            gate.Finished = true;
        }
    }

    /// <summary>A schedule that names a setting.</summary>
    public sealed class FromSetting(TimerRuns runs)
    {
        [Function(nameof(FromSetting))]
        public void Run([TimerTrigger("%TestTimerSchedule%")] TimerInfo timer) => runs.Add(nameof(FromSetting), timer);
    }

    /// <summary>Lets a test hold a run of <see cref="Blocking"/> in flight.</summary>
    public sealed class Gate
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool SawStop { get; set; }

        public bool Finished { get; set; }
    }
}
