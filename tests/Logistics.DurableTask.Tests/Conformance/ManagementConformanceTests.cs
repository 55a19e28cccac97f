using Logistics.DurableTask.Tests.Support;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using static Logistics.DurableTask.Tests.Conformance.ConformanceTasks;

namespace Logistics.DurableTask.Tests.Conformance;

/// <summary>What an ops API does to instances (terminate, suspend, resume, read, query, purge), on every provider.</summary>
public abstract class ManagementConformanceTests(HostFixture fixture)
{
    protected DurableTaskHost Host => fixture.Host;

    protected DurableTaskClient Client => fixture.Host.Client;

    [Fact]
    public async Task A_terminated_instance_ends_Terminated_with_the_given_output()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("WaitForGo", "x");
        await Client.WaitForInstanceStartAsync(id);

        await Client.TerminateInstanceAsync(id, new { reason = "ops" });
        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("""{"reason":"ops"}""", done.SerializedOutput);
    }

    [Fact]
    public async Task A_suspended_instance_holds_its_events_until_resumed()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("WaitForGo", "x");
        await Client.WaitForInstanceStartAsync(id);

        await Client.SuspendInstanceAsync(id, "inspection");
        await Host.WaitUntilAsync(id, metadata => metadata.RuntimeStatus == OrchestrationRuntimeStatus.Suspended);
        await Client.RaiseEventAsync(id, "go", "after resume");
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await Client.GetInstanceAsync(id))!.RuntimeStatus);
        await Client.ResumeInstanceAsync(id, "inspected");
        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("after resume", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Custom_status_is_visible_while_waiting_and_kept_after_completion()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("WaitForGo", "x");

        var waiting = await Host.WaitUntilAsync(id, metadata => metadata.SerializedCustomStatus is not null);
        Assert.Equal("""{"stage":"waiting","waiting":"Received"}""", waiting.SerializedCustomStatus);
        Assert.Equal(new WaitStatus("waiting", ParcelState.Received), waiting.ReadCustomStatusAs<WaitStatus>());
        await Client.RaiseEventAsync(id, "go", "now");
        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(new WaitStatus("done", ParcelState.Shelved), done.ReadCustomStatusAs<WaitStatus>());
    }

    [Fact]
    public async Task Get_instance_without_inputs_and_outputs_leaves_them_out()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("A", 1, ParcelState.Received));
        await Host.WaitForCompletionAsync(id);

        var bare = await Client.GetInstanceAsync(id, getInputsAndOutputs: false);
        var full = await Client.GetInstanceAsync(id, getInputsAndOutputs: true);

        Assert.Null(bare!.SerializedInput);
        Assert.Null(bare.SerializedOutput);
        Assert.NotNull(full!.SerializedInput);
        Assert.NotNull(full.SerializedOutput);
        Assert.Null(await Client.GetInstanceAsync("no-such-" + Guid.NewGuid().ToString("N")));
    }

    [Fact]
    public async Task Query_filters_by_instance_id_prefix_and_runtime_status()
    {
        var prefix = "qs-" + Guid.NewGuid().ToString("N") + "-";
        await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("A", 1, ParcelState.Received), new StartOrchestrationOptions(prefix + "done"));
        await Client.ScheduleNewOrchestrationInstanceAsync("WaitForGo", "x", new StartOrchestrationOptions(prefix + "waiting"));
        await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("A", 1, ParcelState.Received), new StartOrchestrationOptions("other-" + prefix));
        await Host.WaitForCompletionAsync(prefix + "done");
        await Client.WaitForInstanceStartAsync(prefix + "waiting");

        var all = await QueryIdsAsync(new OrchestrationQuery { InstanceIdPrefix = prefix });
        var running = await QueryIdsAsync(new OrchestrationQuery { InstanceIdPrefix = prefix, Statuses = [OrchestrationRuntimeStatus.Running] });
        var completed = await QueryIdsAsync(new OrchestrationQuery { InstanceIdPrefix = prefix, Statuses = [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed] });

        Assert.Equal([prefix + "done", prefix + "waiting"], all.Order(StringComparer.Ordinal));
        Assert.Equal([prefix + "waiting"], running);
        Assert.Equal([prefix + "done"], completed);
        await Client.TerminateInstanceAsync(prefix + "waiting");
    }

    [Fact]
    public async Task Query_filters_by_created_time_with_inclusive_bounds()
    {
        var prefix = "qt-" + Guid.NewGuid().ToString("N") + "-";
        var created = new List<OrchestrationMetadata>();
        for (var i = 0; i < 3; i++)
        {
            var id = await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("A", i, ParcelState.Received), new StartOrchestrationOptions(prefix + i));
            created.Add(await Host.WaitForCompletionAsync(id));
        }

        var first = created.Min(m => m.CreatedAt);
        var last = created.Max(m => m.CreatedAt);

        Assert.Equal(3, (await QueryIdsAsync(new OrchestrationQuery { InstanceIdPrefix = prefix, CreatedFrom = first, CreatedTo = last })).Count);
        Assert.Empty(await QueryIdsAsync(new OrchestrationQuery { InstanceIdPrefix = prefix, CreatedFrom = last.AddMilliseconds(1) }));
        Assert.Empty(await QueryIdsAsync(new OrchestrationQuery { InstanceIdPrefix = prefix, CreatedTo = first.AddMilliseconds(-1) }));
        Assert.Equal(
            created.Where(m => m.CreatedAt >= last).Select(m => m.InstanceId).Order(StringComparer.Ordinal),
            (await QueryIdsAsync(new OrchestrationQuery { InstanceIdPrefix = prefix, CreatedFrom = last })).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Query_pages_through_every_match_with_the_continuation_token()
    {
        var prefix = "qp-" + Guid.NewGuid().ToString("N") + "-";
        for (var i = 0; i < 5; i++)
            await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("A", i, ParcelState.Received), new StartOrchestrationOptions(prefix + i));

        var pages = new List<Page<OrchestrationMetadata>>();
        await foreach (var page in Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = prefix, PageSize = 2 }).AsPages())
            pages.Add(page);

        Assert.Equal([2, 2, 1], pages.Where(p => p.Values.Count > 0).Select(p => p.Values.Count));
        Assert.NotNull(pages[0].ContinuationToken);
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => prefix + i), pages.SelectMany(p => p.Values).Select(m => m.InstanceId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Purging_a_finished_instance_deletes_it_and_a_running_one_is_refused()
    {
        var done = await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("A", 1, ParcelState.Received));
        var running = await Client.ScheduleNewOrchestrationInstanceAsync("WaitForGo", "x");
        await Host.WaitForCompletionAsync(done);
        await Client.WaitForInstanceStartAsync(running);

        var purged = await Client.PurgeInstanceAsync(done);

        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Null(await Client.GetInstanceAsync(done));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Client.PurgeInstanceAsync(running));
        Assert.NotNull(await Client.GetInstanceAsync(running));
        Assert.Equal(0, (await Client.PurgeInstanceAsync("no-such-" + Guid.NewGuid().ToString("N"))).PurgedInstanceCount);
        await Client.TerminateInstanceAsync(running);
    }

    [Fact]
    public async Task Purging_by_filter_deletes_the_finished_instances_in_range_but_not_a_running_one()
    {
        var prefix = "pf-" + Guid.NewGuid().ToString("N") + "-";
        var finished = new List<OrchestrationMetadata>();
        for (var i = 0; i < 2; i++)
        {
            var id = await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("A", i, ParcelState.Received), new StartOrchestrationOptions(prefix + i));
            finished.Add(await Host.WaitForCompletionAsync(id));
        }

        var running = await Client.ScheduleNewOrchestrationInstanceAsync("WaitForGo", "x", new StartOrchestrationOptions(prefix + "running"));
        await Client.WaitForInstanceStartAsync(running);

        var result = await Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(finished.Min(m => m.CreatedAt), DateTimeOffset.UtcNow.AddDays(1)));

        // Tests of one class run one after another, so only this test's instances were created since the first of them.
        Assert.Equal(2, result.PurgedInstanceCount);
        foreach (var metadata in finished)
            Assert.Null(await Client.GetInstanceAsync(metadata.InstanceId));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Client.GetInstanceAsync(running))!.RuntimeStatus);
        await Client.TerminateInstanceAsync(running);
    }

    [Fact]
    public async Task Rewinding_an_instance_that_has_not_failed_is_refused()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("WaitForGo", "x");
        await Client.WaitForInstanceStartAsync(id);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Client.RewindInstanceAsync(id, "retry"));

        Assert.Contains("Only a Failed orchestration can be rewound", refused.Message, StringComparison.Ordinal);
        await Client.TerminateInstanceAsync(id);
    }

    private async Task<List<string>> QueryIdsAsync(OrchestrationQuery query)
    {
        var ids = new List<string>();
        await foreach (var metadata in Client.GetAllInstancesAsync(query))
            ids.Add(metadata.InstanceId);
        return ids;
    }
}
