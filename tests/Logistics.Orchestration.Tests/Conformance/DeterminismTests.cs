using Logistics.Orchestration.Tests.Support;

namespace Logistics.Orchestration.Tests.Conformance;

public sealed class DeterminismTests
{
    private static volatile bool drifted;

    private static void Register(OrchestrationRegistry registry) => registry
        .AddActivityFunc<string, string>("StepA", (_, s) => Task.FromResult("A" + s))
        .AddActivityFunc<string, string>("StepB", (_, s) => Task.FromResult("B" + s))
        .AddOrchestratorFunc<string, string>("Drifting", async (ctx, _) =>
        {
            // A deployment that changed the code under a running instance.
            await ctx.CallActivityAsync<string>(drifted ? "StepB" : "StepA", "x");
            return await ctx.WaitForExternalEvent<string>("Continue");
        })
        .AddOrchestratorFunc<string, string>("MixedChild", async (ctx, s) => await ctx.CallActivityAsync<string>("StepB", s))
        .AddOrchestratorFunc<string, string>("Mixed", async (ctx, s) =>
        {
            var a = await ctx.CallActivityAsync<string>("StepA", s);
            ctx.SetCustomStatus(new { a });
            var parallel = await Task.WhenAll(ctx.CallActivityAsync<string>("StepA", "1"), ctx.CallActivityAsync<string>("StepB", "2"));
            await ctx.CreateTimer(TimeSpan.FromMinutes(10), CancellationToken.None);
            var go = await ctx.WaitForExternalEvent<string>("Go");
            var child = await ctx.CallSubOrchestratorAsync<string>("MixedChild", go);
            return $"{a}|{string.Join('+', parallel)}|{child}|{ctx.NewGuid()}|{ctx.CurrentUtcDateTime:O}";
        });

    [Fact]
    public async Task Replay_that_schedules_a_different_activity_fails_the_instance_naming_both()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Drifting");
        await host.WaitForStateAsync(id, s => s.History!.Any(e => e.EventType == HistoryEventType.TaskCompleted));

        drifted = true;
        host.Runtime.ClearCache();
        await host.Client.RaiseEventAsync(id, "Continue", "go");
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal(typeof(NonDeterministicOrchestrationException).FullName, result.FailureDetails!.ErrorType);
        Assert.Contains("'StepA'", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("'StepB'", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inline_and_queued_activity_results_produce_identical_histories()
    {
        var (inlineHistory, inlineOutput, _) = await RunMixedAsync(cache: true);
        var (queuedHistory, queuedOutput, _) = await RunMixedAsync(cache: true, o => o.ApplyActivityResultsInline = false);

        Assert.Equal(queuedOutput, inlineOutput);
        Assert.Equal(queuedHistory, inlineHistory);
    }

    [Fact]
    public async Task Cache_on_and_off_produce_identical_histories()
    {
        var (cachedHistory, cachedOutput, cachedReplays) = await RunMixedAsync(cache: true);
        var (replayedHistory, replayedOutput, replays) = await RunMixedAsync(cache: false);

        Assert.Equal(replayedOutput, cachedOutput);
        Assert.Equal(replayedHistory, cachedHistory);
        Assert.Equal(0, cachedReplays);
        Assert.True(replays > 20, $"without the cache every episode replays; counted {replays} replayed events");
    }

    private static async Task<(List<string> History, string Output, long Replays)> RunMixedAsync(bool cache, Action<OrchestrationEngineOptions>? configure = null)
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register, cache, configure: configure);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Mixed", "in", new Client.StartOrchestrationOptions("mixed"));
        var timer = await host.WaitForStateAsync(id, s => s.NextTimerDueAt is not null);
        await host.AdvanceToAsync(id, timer.NextTimerDueAt!.Value);
        await host.WaitForStateAsync(id, s => s.History!.Any(e => e.EventType == HistoryEventType.TimerFired));
        await host.Client.RaiseEventAsync(id, "Go", "go");
        var result = await host.WaitForCompletionAsync(id);
        var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!;
        var normalized = history.Select(e => e with { ExecutionId = null, Parent = null }).Select(e => e.ToString()).ToList();
        return (normalized, result.SerializedOutput!, host.Runtime.Counters.ReplayedEvents);
    }
}
