using DurableTask.Core;
using DurableTask.Core.History;
using Logistics.DurableTask.Serialization;

namespace Logistics.DurableTask.Tests.Serialization;

public sealed class DurableJsonTests
{
    public static TheoryData<HistoryEvent> Events() => new()
    {
        new ExecutionStartedEvent(-1, "\"in\"")
        {
            Name = "Flow",
            Version = "1",
            OrchestrationInstance = new OrchestrationInstance { InstanceId = "i", ExecutionId = "e" },
            ParentInstance = new ParentInstance { Name = "P", TaskScheduleId = 3, OrchestrationInstance = new OrchestrationInstance { InstanceId = "p", ExecutionId = "pe" } },
            Tags = new Dictionary<string, string> { ["owner"] = "demo" },
            ScheduledStartTime = new DateTime(2026, 11, 21, 8, 0, 0, DateTimeKind.Utc),
        },
        new ExecutionCompletedEvent(5, "\"out\"", OrchestrationStatus.Failed, new FailureDetails("System.Exception", "boom", "at x", new FailureDetails("Inner", "inner", null, null, false), isNonRetriable: true)),
        new ExecutionTerminatedEvent(1, "\"stop\""),
        new TaskScheduledEvent(2, "Step", "v1", "[1]"),
        new TaskCompletedEvent(-1, 2, "2"),
        new TaskFailedEvent(-1, 2, "reason", "details", new FailureDetails("E", "m", null, null, false)),
        new SubOrchestrationInstanceCreatedEvent(4) { Name = "Child", InstanceId = "c", Input = "1" },
        new SubOrchestrationInstanceCompletedEvent(-1, 4, "\"done\""),
        new SubOrchestrationInstanceFailedEvent(-1, 4, "r", "d", null),
        new TimerCreatedEvent(6, new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc)),
        new TimerFiredEvent(-1, new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc)) { TimerId = 6 },
        new OrchestratorStartedEvent(-1),
        new OrchestratorCompletedEvent(-1),
        new EventSentEvent(7) { Name = "ping", InstanceId = "other", Input = "\"x\"" },
        new EventRaisedEvent(-1, "\"payload\"") { Name = "approve" },
        new ContinueAsNewEvent(8, "\"next\""),
        new GenericEvent(-1, "data"),
        new ExecutionSuspendedEvent(-1, "why"),
        new ExecutionResumedEvent(-1, "because"),
        new ExecutionRewoundEvent(-1, "retry") { ParentExecutionId = "pe", InstanceId = "i" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Every_history_event_reads_back_as_its_own_class_with_the_same_content(HistoryEvent historyEvent)
    {
        var json = DurableJson.Serialize(new List<HistoryEvent> { historyEvent });

        var read = Assert.Single(DurableJson.DeserializeEvents(json));

        Assert.IsType(historyEvent.GetType(), read);
        Assert.Equal(historyEvent.EventType, read.EventType);
        Assert.Equal(historyEvent.EventId, read.EventId);
        Assert.Equal(historyEvent.Timestamp, read.Timestamp);
        Assert.Equal(json, DurableJson.Serialize(new List<HistoryEvent> { read }));
    }

    [Fact]
    public void Every_event_type_DurableTask_Core_creates_has_a_class_that_reports_it()
    {
        foreach (var eventType in Enum.GetValues<EventType>().Where(type => type != EventType.ExecutionFailed))
        {
            var type = HistoryEventTypes.For(eventType);
            var instance = (HistoryEvent)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
            Assert.Equal(eventType, instance.EventType);
        }
    }

    [Fact]
    public void A_task_message_keeps_its_instance_and_event()
    {
        var message = new TaskMessage
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = "i", ExecutionId = "e" },
            Event = new TaskCompletedEvent(-1, 3, "42"),
        };

        var read = DurableJson.DeserializeMessage(DurableJson.Serialize(message));

        Assert.Equal("i", read.OrchestrationInstance.InstanceId);
        Assert.Equal("e", read.OrchestrationInstance.ExecutionId);
        var completed = Assert.IsType<TaskCompletedEvent>(read.Event);
        Assert.Equal(3, completed.TaskScheduledId);
        Assert.Equal("42", completed.Result);
    }
}
