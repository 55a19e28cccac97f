using Logistics.Orchestration.Client;
using Logistics.Orchestration.Tests.Support;

namespace Logistics.Orchestration.Tests.Conformance;

public sealed class ManagementTests
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Calls = new();

    private static void Register(OrchestrationRegistry registry) => registry
        .AddActivityFunc<string, string>("FirstCallFails", (ctx, key) =>
        {
            var call = Calls.AddOrUpdate(ctx.InstanceId, 1, (_, n) => n + 1);
            return call == 1 ? throw new InvalidOperationException("transient outage") : Task.FromResult($"{key} done on call {call}");
        })
        .AddActivityFunc<string, string>("Echo", (_, s) => Task.FromResult(s))
        .AddOrchestratorFunc<string, string>("Gate", async (ctx, _) =>
        {
            ctx.SetCustomStatus(new GateStatus("waiting for Open", ctx.CurrentUtcDateTime));
            var who = await ctx.WaitForExternalEvent<string>("Open");
            ctx.SetCustomStatus(new GateStatus($"opened by {who}", ctx.CurrentUtcDateTime));
            return who;
        })
        .AddOrchestratorFunc<string, string>("HugeStatus", (ctx, _) =>
        {
            try
            {
                ctx.SetCustomStatus(new string('x', 20_000));
                return Task.FromResult("accepted");
            }
            catch (ArgumentException ex)
            {
                return Task.FromResult(ex.Message);
            }
        })
        .AddOrchestratorFunc<string, string>("Fragile", async (ctx, key) =>
        {
            var echoed = await ctx.CallActivityAsync<string>("Echo", key);
            return await ctx.CallActivityAsync<string>("FirstCallFails", echoed);
        });

    [Fact]
    public async Task Custom_status_is_visible_while_waiting_and_bounded_in_size()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Gate");

        var waiting = await host.WaitForStateAsync(id, s => s.SerializedCustomStatus is not null);
        Assert.Equal("waiting for Open", waiting.ReadCustomStatusAs<GateStatus>()!.Stage);
        await host.Client.RaiseEventAsync(id, "Open", "ops");
        var done = await host.WaitForCompletionAsync(id);
        Assert.Equal("opened by ops", done.ReadCustomStatusAs<GateStatus>()!.Stage);

        var huge = await host.Client.ScheduleNewOrchestrationInstanceAsync("HugeStatus");
        var result = await host.WaitForCompletionAsync(huge);
        Assert.Contains("over the limit of 16384 bytes", result.ReadOutputAs<string>(), StringComparison.Ordinal);
        Assert.Null(result.SerializedCustomStatus);
    }

    [Fact]
    public async Task Terminate_stops_an_instance_that_waits_for_an_event()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Gate");
        await host.WaitForStateAsync(id, s => s.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        await host.Client.TerminateInstanceAsync(id, "no longer needed");
        var result = await host.WaitForCompletionAsync(id);
        await host.Client.RaiseEventAsync(id, "Open", "too late");
        await host.WaitForIdleQueuesAsync();

        var final = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true, includeHistory: true);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, result.RuntimeStatus);
        Assert.Equal("no longer needed", final!.ReadOutputAs<string>());
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, final.RuntimeStatus);
        Assert.Single(final.History!, e => e.EventType == HistoryEventType.ExecutionTerminated);
        Assert.DoesNotContain(final.History!, e => e.EventType == HistoryEventType.EventRaised);
    }

    [Fact]
    public async Task Suspended_instance_buffers_events_until_resumed()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Gate");
        await host.WaitForStateAsync(id, s => s.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        await host.Client.SuspendInstanceAsync(id, "maintenance");
        await host.WaitForStateAsync(id, s => s.RuntimeStatus == OrchestrationRuntimeStatus.Suspended);
        await host.Client.RaiseEventAsync(id, "Open", "night shift");
        await host.WaitForIdleQueuesAsync();
        var suspended = await host.Client.GetInstanceAsync(id, includeHistory: true);
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, suspended!.RuntimeStatus);
        Assert.DoesNotContain(suspended.History!, e => e.EventType == HistoryEventType.EventRaised);

        await host.Client.ResumeInstanceAsync(id);
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal("night shift", result.ReadOutputAs<string>());
        var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!.Select(e => e.EventType).ToList();
        Assert.True(history.IndexOf(HistoryEventType.ExecutionSuspended) < history.IndexOf(HistoryEventType.ExecutionResumed));
        Assert.True(history.IndexOf(HistoryEventType.ExecutionResumed) < history.IndexOf(HistoryEventType.EventRaised));
    }

    [Fact]
    public async Task Resume_is_found_behind_more_buffered_events_than_one_work_item_takes()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Gate");
        await host.WaitForStateAsync(id, s => s.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        await host.Client.SuspendInstanceAsync(id);
        await host.WaitForStateAsync(id, s => s.RuntimeStatus == OrchestrationRuntimeStatus.Suspended);

        for (var i = 0; i < 60; i++)
            await host.Client.RaiseEventAsync(id, "Noise", i);
        await host.Client.RaiseEventAsync(id, "Open", "after the noise");
        await host.Client.ResumeInstanceAsync(id);
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal("after the noise", result.ReadOutputAs<string>());
        var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!;
        Assert.Equal(61, history.Count(e => e.EventType == HistoryEventType.EventRaised));
    }

    [Fact]
    public async Task Rewind_retries_the_failed_task_of_a_failed_instance()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Fragile", "label");
        var failed = await host.WaitForCompletionAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);
        await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => host.Client.RewindInstanceAsync("missing-instance"));

        await host.Client.RewindInstanceAsync(id, "outage over");
        var result = await host.WaitForStateAsync(id, s => s.IsCompleted && s.History!.Any(e => e.EventType == HistoryEventType.ExecutionRewound));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("label done on call 2", result.ReadOutputAs<string>());
        var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!;
        Assert.Single(history, e => e.EventType == HistoryEventType.ExecutionRewound);
        Assert.DoesNotContain(history, e => e.EventType == HistoryEventType.TaskFailed);
        Assert.Equal(2, history.Count(e => e.EventType == HistoryEventType.TaskScheduled));
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.RewindInstanceAsync(id));
    }

    [Fact]
    public async Task Purge_removes_terminal_instances_only()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var running = await host.Client.ScheduleNewOrchestrationInstanceAsync("Gate", options: new StartOrchestrationOptions("purge-running"));
        var done = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Fragile", "p", new StartOrchestrationOptions($"purge-{i}"));
            await host.WaitForCompletionAsync(id);
            done.Add(id);
        }

        await host.WaitForStateAsync(running, s => s.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.PurgeInstanceAsync(running));
        Assert.Equal(1, (await host.Client.PurgeInstanceAsync(done[0])).PurgedInstanceCount);
        Assert.Null(await host.Client.GetInstanceAsync(done[0]));
        Assert.Equal(0, (await host.Client.PurgeInstanceAsync(done[0])).PurgedInstanceCount);

        var purged = await host.Client.PurgeInstancesAsync(new PurgeInstancesFilter(CreatedFrom: host.Time.GetUtcNow().AddMinutes(-1)));

        Assert.Equal(2, purged.PurgedInstanceCount);
        var left = await host.Client.QueryInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "purge-" });
        Assert.Equal(["purge-running"], left.Instances.Select(i => i.InstanceId));
    }

    [Fact]
    public async Task Instance_id_is_refused_while_running_and_reusable_once_terminal()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var options = new StartOrchestrationOptions("order-42");
        await host.Client.ScheduleNewOrchestrationInstanceAsync("Gate", options: options);

        var refused = await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() => host.Client.ScheduleNewOrchestrationInstanceAsync("Gate", options: options));
        Assert.Equal("order-42", refused.InstanceId);

        await host.Client.RaiseEventAsync("order-42", "Open", "first");
        var first = await host.WaitForCompletionAsync("order-42");
        await host.Client.ScheduleNewOrchestrationInstanceAsync("Gate", options: options);
        await host.Client.RaiseEventAsync("order-42", "Open", "second");
        var second = await host.WaitForStateAsync("order-42", s => s.IsCompleted && s.ExecutionId != first.ExecutionId);

        Assert.Equal("first", first.ReadOutputAs<string>());
        Assert.Equal("second", second.ReadOutputAs<string>());
        Assert.Single(second.History!, e => e.EventType == HistoryEventType.ExecutionStarted);
    }

    [Fact]
    public async Task Query_filters_by_status_name_prefix_and_pages()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        for (var i = 0; i < 5; i++)
            await host.Client.ScheduleNewOrchestrationInstanceAsync("Gate", options: new StartOrchestrationOptions($"q-gate-{i}"));
        var fragile = await host.Client.ScheduleNewOrchestrationInstanceAsync("Fragile", "x", new StartOrchestrationOptions("q-fragile"));
        await host.WaitForCompletionAsync(fragile);

        var page1 = await host.Client.QueryInstancesAsync(new OrchestrationQuery { Name = "Gate", InstanceIdPrefix = "q-", PageSize = 3 });
        var page2 = await host.Client.QueryInstancesAsync(new OrchestrationQuery { Name = "Gate", InstanceIdPrefix = "q-", PageSize = 3, ContinuationToken = page1.ContinuationToken });
        var failed = await host.Client.QueryInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed] });
        var future = await host.Client.QueryInstancesAsync(new OrchestrationQuery { CreatedFrom = host.Time.GetUtcNow().AddDays(1) });

        Assert.Equal(3, page1.Instances.Count);
        Assert.NotNull(page1.ContinuationToken);
        Assert.Equal(2, page2.Instances.Count);
        Assert.Equal(5, page1.Instances.Concat(page2.Instances).Select(i => i.InstanceId).Distinct().Count());
        Assert.Equal(["q-fragile"], failed.Instances.Select(i => i.InstanceId));
        Assert.Empty(future.Instances);
    }

    public sealed record GateStatus(string Stage, DateTime Since);
}
