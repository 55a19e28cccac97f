using DurableTask.Core;
using DurableTask.Core.History;
using Logistics.DurableTask.Sqlite;
using Logistics.DurableTask.Tests.Support;
using Logistics.Storage.Sqlite;

namespace Logistics.DurableTask.Tests.Sqlite;

/// <summary>Work-item locks and message visibility of the SQLite service itself, driven without a worker on a test clock.</summary>
public sealed class WorkItemLockTests : IAsyncLifetime
{
    private readonly ManualTimeProvider time = new();
    private readonly string databasePath = DurableTaskHost.NewDatabasePath();
    private SqliteStorage? storage;
    private SqliteOrchestrationService? service;

    private SqliteOrchestrationService Service => service!;

    public async Task InitializeAsync()
    {
        storage = SqliteStorage.Open(new SqliteStorageOptions { DatabasePath = databasePath, SynchronousMode = SqliteSynchronousMode.Normal }, time);
        service = new SqliteOrchestrationService(storage, new SqliteOrchestrationServiceOptions { AbandonDelay = TimeSpan.FromSeconds(5) }, time);
        await service.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await service!.DisposeAsync();
        await storage!.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(databasePath)!, recursive: true);
    }

    [Fact]
    public async Task A_locked_instance_is_not_handed_out_twice_and_an_abandoned_one_returns_after_the_abandon_delay()
    {
        await Service.CreateTaskOrchestrationAsync(StartMessage("locked"));

        var first = await Service.LockNextTaskOrchestrationWorkItemAsync(DurableTaskHost.Patience, CancellationToken.None);
        Assert.Equal("locked", first.InstanceId);
        Assert.IsType<ExecutionStartedEvent>(Assert.Single(first.NewMessages).Event);
        await Service.SendTaskOrchestrationMessageAsync(EventMessage("locked"));
        Assert.Null(await Service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None));

        await Service.AbandonTaskOrchestrationWorkItemAsync(first);
        await Service.ReleaseTaskOrchestrationWorkItemAsync(first);
        // Released with a message that arrived meanwhile: delivered again at once, with both messages in order.
        var second = await Service.LockNextTaskOrchestrationWorkItemAsync(DurableTaskHost.Patience, CancellationToken.None);
        Assert.Equal([EventType.ExecutionStarted, EventType.EventRaised], second.NewMessages.Select(m => m.Event.EventType));
        await Service.AbandonTaskOrchestrationWorkItemAsync(second);
        await Service.ReleaseTaskOrchestrationWorkItemAsync(second);

        Assert.Null(await Service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(5));
        var third = await Service.LockNextTaskOrchestrationWorkItemAsync(DurableTaskHost.Patience, CancellationToken.None);
        Assert.Equal(2, third.NewMessages.Count);
    }

    [Fact]
    public async Task A_timer_message_is_deliverable_only_once_the_clock_reaches_its_fire_time()
    {
        await Service.CreateTaskOrchestrationAsync(StartMessage("timed"));
        var episode = await Service.LockNextTaskOrchestrationWorkItemAsync(DurableTaskHost.Patience, CancellationToken.None);
        var fireAt = time.GetUtcNow().UtcDateTime.AddMinutes(1);
        var runtime = episode.OrchestrationRuntimeState;
        runtime.AddEvent(new OrchestratorStartedEvent(-1));
        runtime.AddEvent(episode.NewMessages[0].Event);
        runtime.AddEvent(new TimerCreatedEvent(0, fireAt));
        runtime.AddEvent(new OrchestratorCompletedEvent(-1));
        var timer = new TaskMessage { OrchestrationInstance = runtime.OrchestrationInstance, Event = new TimerFiredEvent(-1, fireAt) { TimerId = 0 } };
        var state = new OrchestrationState
        {
            OrchestrationInstance = runtime.OrchestrationInstance,
            Name = runtime.Name,
            OrchestrationStatus = runtime.OrchestrationStatus,
        };
        await Service.CompleteTaskOrchestrationWorkItemAsync(episode, runtime, [], [], [timer], null!, state);
        await Service.ReleaseTaskOrchestrationWorkItemAsync(episode);

        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Null(await Service.LockNextTaskOrchestrationWorkItemAsync(TimeSpan.Zero, CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(1));
        var fired = await Service.LockNextTaskOrchestrationWorkItemAsync(DurableTaskHost.Patience, CancellationToken.None);

        Assert.IsType<TimerFiredEvent>(Assert.Single(fired.NewMessages).Event);
        Assert.Equal(4, fired.OrchestrationRuntimeState.Events.Count);
        var stored = await Service.GetOrchestrationStateAsync("timed", executionId: null);
        Assert.Equal(OrchestrationStatus.Running, stored.OrchestrationStatus);
        Assert.Equal(ManualTimeProvider.DefaultStart.UtcDateTime, stored.CreatedTime);
    }

    private static TaskMessage StartMessage(string instanceId)
    {
        var instance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = Guid.NewGuid().ToString("N") };
        return new TaskMessage
        {
            OrchestrationInstance = instance,
            Event = new ExecutionStartedEvent(-1, "null") { Name = "Any", OrchestrationInstance = instance },
        };
    }

    private static TaskMessage EventMessage(string instanceId) => new()
    {
        OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
        Event = new EventRaisedEvent(-1, "1") { Name = "go" },
    };
}
