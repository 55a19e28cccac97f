using DurableTask.Core.History;
using Microsoft.DurableTask.Client;

namespace Logistics.DurableTask.Tests.Conformance;

/// <summary>The management suite on the SQLite task hub, plus what only it supports: history and rewind.</summary>
public sealed class SqliteManagementConformanceTests(SqliteHostFixture fixture)
    : ManagementConformanceTests(fixture), IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task History_lists_the_current_execution_events_in_order()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Sequence", new[] { 1, 2 });
        await Host.WaitForCompletionAsync(id);

        var history = await Client.GetOrchestrationHistoryAsync(id);

        Assert.IsType<ExecutionStartedEvent>(history.First(e => e is not OrchestratorStartedEvent));
        Assert.Equal(["Double", "Double"], history.OfType<TaskScheduledEvent>().Select(e => e.Name));
        Assert.Equal(["2", "4"], history.OfType<TaskCompletedEvent>().Select(e => e.Result));
        var completed = Assert.Single(history.OfType<ExecutionCompletedEvent>());
        Assert.Equal("[2,4]", completed.Result);
        Assert.All(history, e => Assert.NotEqual(default, e.Timestamp));
        Assert.Empty(await Client.GetOrchestrationHistoryAsync("no-such-" + Guid.NewGuid().ToString("N")));
    }

    [Fact]
    public async Task History_after_ContinueAsNew_holds_only_the_last_execution()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Counter", 0);
        await Host.WaitForCompletionAsync(id);

        var history = await Client.GetOrchestrationHistoryAsync(id);

        var started = Assert.Single(history.OfType<ExecutionStartedEvent>());
        Assert.Equal("3", started.Input);
    }

    [Fact]
    public async Task Rewinding_a_failed_instance_runs_the_failed_activity_again_and_completes()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("FailOnce", "x");
        var failed = await Host.WaitForCompletionAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);

        await Client.RewindInstanceAsync(id, "fixed the cause");
        var done = await Host.WaitUntilAsync(id, metadata => metadata.RuntimeStatus == OrchestrationRuntimeStatus.Completed);

        Assert.Equal("recovered", done.ReadOutputAs<string>());
        Assert.Null(done.FailureDetails);
        var history = await Client.GetOrchestrationHistoryAsync(id);
        Assert.DoesNotContain(history, e => e is TaskFailedEvent);
    }
}
