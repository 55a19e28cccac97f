using System.Diagnostics;
using Logistics.Orchestration;
using Logistics.Orchestration.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Benchmarks.Orchestration;

/// <summary>
/// CPU cost of an episode at history lengths 10/100/1,000 (no storage): with the cache off an episode replays the whole
/// history first; with it on the live orchestrator only applies the new event.
/// </summary>
internal static class ReplayCost
{
    public static void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"{"history",8} {"replay/event (cache off)",26} {"episode, cache off",20} {"episode, cache on",20}");
        foreach (var length in new[] { 10, 100, 1000 })
        {
            var history = BuildHistory(length);
            var iterations = Math.Max(200, 200_000 / length);
            var replay = Measure(iterations, () => Replay(history));
            var started = new HistoryEvent { EventType = HistoryEventType.OrchestratorStarted, Timestamp = DateTimeOffset.UnixEpoch };
            var next = NextResult(history);
            var cold = Measure(iterations, () => Replay(history).Execute(started, [next]));
            var warm = Measure(iterations * 5, () => Replay(history), e => e.Execute(started, [next]));
            Console.WriteLine($"{history.Count,8} {replay.TotalMicroseconds / history.Count,23:0.00} µs {cold.TotalMicroseconds,17:0.0} µs {warm.TotalMicroseconds,17:0.0} µs");
        }
    }

    private static OrchestrationExecutor Replay(List<HistoryEvent> history)
    {
        var executor = NewExecutor();
        executor.Replay(history);
        return executor;
    }

    private static OrchestrationExecutor NewExecutor() =>
        new(new Steps(), "replay-bench", "Steps", "e1", NullLoggerFactory.Instance, 16 * 1024);

    /// <summary>Runs the "Steps" orchestrator live until its history has about <paramref name="length"/> events.</summary>
    private static List<HistoryEvent> BuildHistory(int length)
    {
        var executor = NewExecutor();
        var history = new List<HistoryEvent>();
        var time = DateTimeOffset.UnixEpoch;
        var incoming = new List<HistoryEvent> { new() { EventType = HistoryEventType.ExecutionStarted, Name = "Steps", Input = "1000000" } };
        while (history.Count + 4 <= length)
        {
            var episode = executor.Execute(new HistoryEvent { EventType = HistoryEventType.OrchestratorStarted, Timestamp = time }, incoming);
            history.AddRange(episode.NewEvents);
            history.Add(new HistoryEvent { EventType = HistoryEventType.OrchestratorCompleted, Timestamp = time });
            var scheduled = episode.Actions.Single();
            incoming = [new HistoryEvent { EventType = HistoryEventType.TaskCompleted, TaskScheduledId = scheduled.EventId, Result = "\"ok\"", Timestamp = time }];
            time = time.AddSeconds(1);
        }

        return history;
    }

    private static HistoryEvent NextResult(List<HistoryEvent> history) => new()
    {
        EventType = HistoryEventType.TaskCompleted,
        TaskScheduledId = history.Last(e => e.EventType == HistoryEventType.TaskScheduled).EventId,
        Result = "\"ok\"",
    };

    private static TimeSpan Measure(int iterations, Action action)
    {
        for (var i = 0; i < Math.Min(iterations, 100); i++)
            action();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
            action();
        return stopwatch.Elapsed / iterations;
    }

    /// <summary>Times <paramref name="measured"/> only, on a fresh state prepared (untimed) by <paramref name="prepare"/>.</summary>
    private static TimeSpan Measure<T>(int iterations, Func<T> prepare, Action<T> measured)
    {
        var total = TimeSpan.Zero;
        var warmUp = Math.Min(iterations, 100);
        for (var i = 0; i < iterations + warmUp; i++)
        {
            var state = prepare();
            var stopwatch = Stopwatch.StartNew();
            measured(state);
            if (i >= warmUp)
                total += stopwatch.Elapsed;
        }

        return total / iterations;
    }

    /// <summary>Calls one activity after another, forever.</summary>
    private sealed class Steps : TaskOrchestrator<int, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
        {
            for (var i = 0; i < input; i++)
                await context.CallActivityAsync<string>("Step", i);
            return input;
        }
    }
}
