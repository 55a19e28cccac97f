using DurableTask.Core.Exceptions;
using Logistics.DurableTask.Tests.Support;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using static Logistics.DurableTask.Tests.Conformance.ConformanceTasks;

namespace Logistics.DurableTask.Tests.Conformance;

/// <summary>
/// How orchestrations run, through TaskHubWorker, the SDK's shims and our client: the same tests on every provider.
/// </summary>
public abstract class OrchestrationConformanceTests(HostFixture fixture)
{
    protected DurableTaskHost Host => fixture.Host;

    protected DurableTaskClient Client => fixture.Host.Client;

    [Fact]
    public async Task An_orchestration_completes_with_its_output_serialized_by_the_app_converter()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("BOOK-001", 2, ParcelState.Received));

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(new Parcel("BOOK-001", 4, ParcelState.Shelved), done.ReadOutputAs<Parcel>());
        Assert.Equal("""{"sku":"BOOK-001","quantity":4,"state":"Shelved"}""", done.SerializedOutput);
        Assert.Equal("""{"sku":"BOOK-001","quantity":2,"state":"Received"}""", done.SerializedInput);
        Assert.Equal("Echo", done.Name);
        Assert.True(done.LastUpdatedAt >= done.CreatedAt);
    }

    [Fact]
    public async Task Activities_called_in_sequence_return_their_results_in_order()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Sequence", new[] { 1, 2, 3 });

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal([2, 4, 6], done.ReadOutputAs<List<int>>());
    }

    [Fact]
    public async Task Activities_fanned_out_are_all_awaited()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("FanOut", Enumerable.Range(1, 10).ToArray());

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(110, done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task A_failing_activity_is_retried_by_its_retry_policy_until_it_succeeds()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Retry", "x");

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(3, done.ReadOutputAs<int>());
    }

    [Fact]
    public async Task An_activity_failing_every_attempt_fails_the_orchestration_with_its_details()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Exhausted", "x");

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.NotNull(done.FailureDetails);
        Assert.Contains("always fails", done.FailureDetails.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_orchestrator_that_throws_fails_with_the_exception_type_and_message()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Fail", "x");

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal(typeof(InvalidOperationException).FullName, done.FailureDetails!.ErrorType);
        Assert.Equal("boom", done.FailureDetails.ErrorMessage);
    }

    [Fact]
    public async Task Timers_that_are_already_due_fire()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("DueTimers", "x");

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal("fired", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task An_event_raised_before_the_orchestrator_waits_for_it_is_buffered()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("TwoEvents", "x");

        // "second" always arrives while the orchestrator still waits for "first".
        await Client.RaiseEventAsync(id, "second", "B");
        await Client.RaiseEventAsync(id, "first", "A");
        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal("AB", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task An_event_raced_against_a_timer_wins_when_it_arrives_first()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("EventOrDeadline", 60);

        await Client.RaiseEventAsync(id, "approve", "ops");
        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal("approved:ops", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_timer_raced_against_an_event_wins_when_it_is_due_first()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("EventOrDeadline", 0);

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal("timed out", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task A_sub_orchestration_runs_with_its_parent_and_returns_its_output()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Parent", 21);

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal($"{id}|Parent|42", done.ReadOutputAs<string>());
        var child = await Client.GetInstanceAsync(id + "-child");
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
    }

    [Fact]
    public async Task A_failing_sub_orchestration_surfaces_in_the_parent_as_a_task_failure()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("FailingChildParent", "x");

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal("caught:boom", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task ContinueAsNew_restarts_with_the_new_input_until_the_orchestrator_returns()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Counter", 0);

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(3, done.ReadOutputAs<int>());
        Assert.Equal("3", done.SerializedInput);
    }

    [Fact]
    public async Task ContinueAsNew_carries_over_events_not_yet_processed()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Collector", new Tally(0, 0));

        await Client.RaiseEventAsync(id, "item", 1);
        await Client.RaiseEventAsync(id, "item", 2);
        await Client.RaiseEventAsync(id, "item", 3);
        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(new Tally(3, 6), done.ReadOutputAs<Tally>());
    }

    [Fact]
    public async Task An_activity_class_gets_its_dependencies_by_constructor_injection()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Greet", "warehouse");

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal("Hello, warehouse", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task An_unregistered_activity_fails_the_orchestration_with_a_clear_message()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Unregistered", "x");

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Contains("No activity named 'NoSuchActivity' is registered", done.FailureDetails!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unregistered_orchestrator_fails_with_a_clear_message()
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync("NoSuchOrchestrator", "x");

        var done = await Host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Contains("No orchestrator named 'NoSuchOrchestrator' is registered", done.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduling_an_id_whose_instance_is_still_running_is_refused()
    {
        var id = "running-" + Guid.NewGuid().ToString("N");
        await Client.ScheduleNewOrchestrationInstanceAsync("WaitForGo", "x", new StartOrchestrationOptions(id));

        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() =>
            Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("A", 1, ParcelState.Received), new StartOrchestrationOptions(id)));

        await Client.RaiseEventAsync(id, "go", "first run");
        var done = await Host.WaitForCompletionAsync(id);
        Assert.Equal("WaitForGo", done.Name);
        Assert.Equal("first run", done.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Scheduling_the_id_of_a_finished_instance_runs_a_new_execution()
    {
        var id = "again-" + Guid.NewGuid().ToString("N");
        await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("A", 1, ParcelState.Received), new StartOrchestrationOptions(id));
        await Host.WaitForCompletionAsync(id);

        await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("B", 5, ParcelState.Received), new StartOrchestrationOptions(id));
        var done = await Host.WaitUntilAsync(id, metadata => metadata.IsCompleted && metadata.ReadOutputAs<Parcel>()!.Sku == "B");

        Assert.Equal(new Parcel("B", 10, ParcelState.Shelved), done.ReadOutputAs<Parcel>());
    }

    [Fact]
    public async Task A_dedupe_status_refuses_the_id_of_a_finished_instance()
    {
        var id = "dedupe-" + Guid.NewGuid().ToString("N");
        await Client.ScheduleNewOrchestrationInstanceAsync("Echo", new Parcel("A", 1, ParcelState.Received), new StartOrchestrationOptions(id));
        await Host.WaitForCompletionAsync(id);

        await Assert.ThrowsAsync<OrchestrationAlreadyExistsException>(() => Client.ScheduleNewOrchestrationInstanceAsync(
            "Echo",
            new Parcel("B", 1, ParcelState.Received),
            new StartOrchestrationOptions(id).WithDedupeStatuses(OrchestrationRuntimeStatus.Completed)));
    }
}
