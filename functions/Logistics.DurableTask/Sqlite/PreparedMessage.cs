using System.Diagnostics;
using DurableTask.Core;
using DurableTask.Core.History;
using DurableTask.Core.Tracing;
using Logistics.DurableTask.Serialization;

namespace Logistics.DurableTask.Sqlite;

/// <summary>An orchestrator message serialized outside the write lock, with the time it becomes deliverable.</summary>
/// <remarks>A timer message is deliverable at its <see cref="TimerFiredEvent.FireAt"/>; a start message creates its instance.</remarks>
internal sealed class PreparedMessage
{
    public PreparedMessage(TaskMessage message, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Event is ExecutionStartedEvent)
        {
            Start = new StartRequest(message, nowMs);
            InstanceId = Start.InstanceId;
            VisibleAtMs = Start.VisibleAtMs;
            Json = Start.MessageJson;
            return;
        }

        InstanceId = message.OrchestrationInstance?.InstanceId
            ?? throw new ArgumentException("A message needs the instance id it is sent to.", nameof(message));
        // DurableTask.Core reads the rewind request's trace context without a null check when the started event has none.
        if (message.Event is ExecutionRewoundEvent { ParentTraceContext: null } rewound)
            rewound.ParentTraceContext = new DistributedTraceContext($"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-00");
        VisibleAtMs = message.Event is TimerFiredEvent timer ? UnixTime.ToMilliseconds(timer.FireAt) : nowMs;
        Json = DurableJson.Serialize(message);
    }

    public string InstanceId { get; }

    public long VisibleAtMs { get; }

    public string Json { get; }

    public StartRequest? Start { get; }
}
