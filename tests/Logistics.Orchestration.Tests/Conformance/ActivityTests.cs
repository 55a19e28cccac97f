using System.Collections.Concurrent;
using Logistics.Orchestration.Tests.Support;

namespace Logistics.Orchestration.Tests.Conformance;

public sealed class ActivityTests
{
    private static readonly ConcurrentDictionary<string, int> Attempts = new();

    private static void Register(OrchestrationRegistry registry) => registry
        .AddActivityFunc<string, string>("SayHello", (_, name) => Task.FromResult($"Hello {name}"))
        .AddActivityFunc<int, int>("Double", (_, n) => Task.FromResult(n * 2))
        .AddActivityFunc<string, string>("FailTwice", (ctx, key) =>
        {
            // Fails on the first two attempts of this orchestration, whatever the task id.
            var attempt = Attempts.AddOrUpdate(ctx.InstanceId, 1, (_, n) => n + 1);
            return attempt <= 2 ? throw new InvalidOperationException($"attempt {attempt} of {key} failed") : Task.FromResult($"ok after {attempt}");
        })
        .AddActivityFunc<string, string>("AlwaysFails", (_, key) => throw new InvalidOperationException($"{key} is broken"))
        .AddOrchestratorFunc<string, List<string>>("Chain", async (ctx, _) =>
        [
            await ctx.CallActivityAsync<string>("SayHello", "Tokyo"),
            await ctx.CallActivityAsync<string>("SayHello", "Seattle"),
            await ctx.CallActivityAsync<string>("SayHello", "London"),
        ])
        .AddOrchestratorFunc<int, long>("FanOut", async (ctx, count) =>
        {
            var tasks = Enumerable.Range(1, count).Select(i => ctx.CallActivityAsync<int>("Double", i)).ToList();
            var results = await Task.WhenAll(tasks);
            return results.Sum(r => (long)r);
        })
        .AddOrchestratorFunc<string, string>("RetryUntilSuccess", (ctx, key) =>
            ctx.CallActivityAsync<string>("FailTwice", key, TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(10), 2.0))))
        .AddOrchestratorFunc<string, string>("CatchAfterRetries", async (ctx, key) =>
        {
            try
            {
                return await ctx.CallActivityAsync<string>("AlwaysFails", key, TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(10), 2.0)));
            }
            catch (TaskFailedException ex)
            {
                return $"caught {ex.FailureDetails.ErrorType}: {ex.FailureDetails.ErrorMessage}";
            }
        })
        .AddOrchestratorFunc<string, string>("NotRetriedWhenDeclined", async (ctx, key) =>
        {
            var policy = new RetryPolicy(5, TimeSpan.FromSeconds(1)) { HandleFailure = f => !f.IsCausedBy<InvalidOperationException>() };
            try
            {
                return await ctx.CallActivityAsync<string>("AlwaysFails", key, TaskOptions.FromRetryPolicy(policy));
            }
            catch (TaskFailedException ex)
            {
                return ex.FailureDetails.ErrorMessage;
            }
        })
        .AddOrchestratorFunc<string, string>("Uncaught", (ctx, key) =>
            ctx.CallActivityAsync<string>("AlwaysFails", key, TaskOptions.FromRetryPolicy(new RetryPolicy(2, TimeSpan.FromSeconds(5)))));

    [Fact]
    public async Task Activity_chain_runs_in_order_and_records_history()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Chain");
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(["Hello Tokyo", "Hello Seattle", "Hello London"], result.ReadOutputAs<List<string>>());
        var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!;
        Assert.Equal(HistoryEventType.OrchestratorStarted, history[0].EventType);
        Assert.Equal(HistoryEventType.ExecutionStarted, history[1].EventType);
        Assert.Equal(["Tokyo", "Seattle", "London"], history.Where(e => e.EventType == HistoryEventType.TaskScheduled).Select(e => e.Input!.Trim('"')));
        Assert.Equal(3, history.Count(e => e.EventType == HistoryEventType.TaskCompleted));
        Assert.Single(history, e => e.EventType == HistoryEventType.ExecutionCompleted);
    }

    [Fact]
    public async Task Fan_out_fan_in_of_1000_activities_completes_within_cosmos_batch_limits()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("FanOut", 1000);
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(1000L * 1001, result.ReadOutputAs<long>());
        var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!;
        Assert.Equal(1000, history.Count(e => e.EventType == HistoryEventType.TaskScheduled));
        Assert.Equal(1000, history.Count(e => e.EventType == HistoryEventType.TaskCompleted));
        Assert.InRange(host.Store.LargestBatch, 1, CosmosLimitsDocumentStore.MaxOperations);
    }

    [Fact]
    public async Task Failing_activity_is_retried_with_durable_backoff_until_it_succeeds()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var start = host.Time.GetUtcNow();

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("RetryUntilSuccess", "job");
        var result = await host.DriveTimersToCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("ok after 3", result.ReadOutputAs<string>());
        var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!;
        Assert.Equal(2, history.Count(e => e.EventType == HistoryEventType.TaskFailed));
        var timers = history.Where(e => e.EventType == HistoryEventType.TimerCreated).Select(e => e.FireAt!.Value).ToList();
        Assert.Equal([start.AddSeconds(10), start.AddSeconds(30)], timers);
    }

    [Fact]
    public async Task Failure_after_all_retries_is_catchable_as_TaskFailedException()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("CatchAfterRetries", "printer");
        var result = await host.DriveTimersToCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("caught System.InvalidOperationException: printer is broken", result.ReadOutputAs<string>());
        var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!;
        Assert.Equal(3, history.Count(e => e.EventType == HistoryEventType.TaskFailed));
        Assert.All(history.Where(e => e.EventType == HistoryEventType.TaskFailed), e => Assert.NotNull(e.FailureDetails!.StackTrace));
    }

    [Fact]
    public async Task Uncaught_activity_failure_fails_the_instance_with_details()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Uncaught", "scanner");
        var result = await host.DriveTimersToCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal(typeof(TaskFailedException).FullName, result.FailureDetails!.ErrorType);
        Assert.Contains("scanner is broken", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(typeof(InvalidOperationException).FullName, result.FailureDetails.InnerFailure?.ErrorType);
    }

    [Fact]
    public async Task Retry_handler_that_declines_a_failure_stops_retrying()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("NotRetriedWhenDeclined", "label printer");
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal("label printer is broken", result.ReadOutputAs<string>());
        var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!;
        Assert.Single(history, e => e.EventType == HistoryEventType.TaskFailed);
        Assert.DoesNotContain(history, e => e.EventType == HistoryEventType.TimerCreated);
    }

    [Fact]
    public void Retry_delay_grows_by_the_backoff_coefficient_up_to_the_maximum()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(2), 3.0, TimeSpan.FromSeconds(30));

        Assert.Equal(
            [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(18), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)],
            Enumerable.Range(1, 5).Select(policy.GetDelay));
    }
}
