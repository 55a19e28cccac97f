using System.Text.Json;
using Logistics.Functions.Management;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Inbound;

/// <summary>
/// What a publisher may read about its notice's orchestration (<c>GET /api/notices/{noticeId}/status</c>): whether it
/// runs, what it waits for and until when (the custom status), and when it was created and last changed.
/// </summary>
/// <remarks>
/// Left out on purpose, for ops only through the management API: the orchestrator's name, input and output, failure
/// details (exception types and messages from inside the warehouse) and the history (activity names, retries, timers).
/// </remarks>
/// <param name="InstanceId">The orchestration instance id.</param>
/// <param name="RuntimeStatus">Durable's runtime status (Pending, Running, Suspended, Completed, Failed, Terminated).</param>
/// <param name="CustomStatus">What the instance waits for, until when, and whether that is overdue.</param>
/// <param name="CreatedTime">When the instance was created.</param>
/// <param name="LastUpdatedTime">When it last changed.</param>
/// <param name="NoticeUri">The notice itself.</param>
public sealed record NoticeOrchestrationStatus(
    string InstanceId,
    string RuntimeStatus,
    JsonElement? CustomStatus,
    DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime,
    string NoticeUri)
{
    /// <summary>The publisher's view of <paramref name="instance"/>.</summary>
    public static NoticeOrchestrationStatus From(OrchestrationMetadata instance, string noticeUri)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new NoticeOrchestrationStatus(
            instance.InstanceId,
            instance.RuntimeStatus.ToString(),
            DurableInstanceStatus.Parse(instance.SerializedCustomStatus),
            instance.CreatedAt,
            instance.LastUpdatedAt,
            noticeUri);
    }
}
