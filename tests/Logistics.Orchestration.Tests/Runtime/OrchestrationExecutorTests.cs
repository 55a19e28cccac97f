using Logistics.Orchestration.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Orchestration.Tests.Runtime;

public sealed class OrchestrationExecutorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Replaying_the_recorded_history_reproduces_the_live_state()
    {
        var live = New(new TwoSteps());
        var history = new List<HistoryEvent>();
        var first = Run(live, history, T0, Started("in"));
        var second = Run(live, history, T0.AddSeconds(1), Completed(first.Actions.Single(), "\"a\""));

        var replayed = New(new TwoSteps());
        replayed.Replay(history);
        var fromReplay = replayed.Execute(OrchestratorStarted(T0.AddSeconds(2)), [Completed(second.Actions.Single(), "\"b\"")]);
        var fromLive = live.Execute(OrchestratorStarted(T0.AddSeconds(2)), [Completed(second.Actions.Single(), "\"b\"")]);

        Assert.Equal(fromLive.Outcome, fromReplay.Outcome);
        Assert.Equal("\"in:a:b\"", fromReplay.Outcome!.Output);
        Assert.Equal(fromLive.NewEvents, fromReplay.NewEvents);
    }

    [Fact]
    public void Replay_that_finds_no_action_for_a_recorded_timer_is_non_deterministic()
    {
        var history = new List<HistoryEvent>
        {
            OrchestratorStarted(T0),
            Started("in"),
            new() { EventType = HistoryEventType.TimerCreated, EventId = 0, FireAt = T0.AddHours(1), Timestamp = T0 },
        };
        var executor = New(new TwoSteps());

        executor.Replay(history);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, executor.Outcome!.Status);
        Assert.Equal(typeof(NonDeterministicOrchestrationException).FullName, executor.Outcome.Failure!.ErrorType);
        Assert.Contains("TimerCreated #0", executor.Outcome.Failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("TaskScheduled 'Step'", executor.Outcome.Failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_safe_logger_writes_only_outside_replay()
    {
        var logs = new CountingLoggerFactory();
        var live = new OrchestrationExecutor(new LoggingSteps(), "i1", "LoggingSteps", "e1", logs, 16 * 1024);
        var history = new List<HistoryEvent>();
        var first = Run(live, history, T0, Started("in"));
        Assert.Equal(1, logs.Count);

        var replayed = new OrchestrationExecutor(new LoggingSteps(), "i1", "LoggingSteps", "e1", logs, 16 * 1024);
        replayed.Replay(history);
        Assert.Equal(1, logs.Count);
        replayed.Execute(OrchestratorStarted(T0.AddSeconds(1)), [Completed(first.Actions.Single(), "\"a\"")]);
        Assert.Equal(2, logs.Count);
    }

    private static OrchestrationExecutor New(ITaskOrchestrator orchestrator) =>
        new(orchestrator, "i1", "TwoSteps", "e1", NullLoggerFactory.Instance, 16 * 1024);

    private static EpisodeResult Run(OrchestrationExecutor executor, List<HistoryEvent> history, DateTimeOffset at, HistoryEvent incoming)
    {
        var result = executor.Execute(OrchestratorStarted(at), [incoming]);
        history.AddRange(result.NewEvents);
        history.Add(new HistoryEvent { EventType = HistoryEventType.OrchestratorCompleted, Timestamp = at });
        return result;
    }

    private static HistoryEvent OrchestratorStarted(DateTimeOffset at) => new() { EventType = HistoryEventType.OrchestratorStarted, Timestamp = at };

    private static HistoryEvent Started(string input) => new() { EventType = HistoryEventType.ExecutionStarted, Name = "TwoSteps", Input = $"\"{input}\"" };

    private static HistoryEvent Completed(HistoryEvent scheduled, string result) =>
        new() { EventType = HistoryEventType.TaskCompleted, TaskScheduledId = scheduled.EventId, Result = result };

    private sealed class TwoSteps : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            var a = await context.CallActivityAsync<string>("Step", 1);
            var b = await context.CallActivityAsync<string>("Step", 2);
            return $"{input}:{a}:{b}";
        }
    }

    private sealed class LoggingSteps : TaskOrchestrator<string, string>
    {
        public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
        {
            var logger = context.CreateReplaySafeLogger("steps");
            logger.LogInformation("before step 1");
            var a = await context.CallActivityAsync<string>("Step", 1);
            logger.LogInformation("after step 1");
            return a + await context.CallActivityAsync<string>("Step", 2);
        }
    }

    private sealed class CountingLoggerFactory : ILoggerFactory, ILogger
    {
        private int count;

        public int Count => count;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => this;

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Interlocked.Increment(ref count);
    }
}
