using System.Text.Json;
using Logistics.Functions.Management;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Returns;

/// <summary>
/// What a publisher may read about its return's orchestration (<c>GET /api/returns/{returnId}/status</c>): whether it runs,
/// what it waits for and until when, and when it was created and last changed; never its input, output or history.
/// </summary>
public sealed record ReturnOrchestrationStatus(
    string InstanceId,
    string RuntimeStatus,
    JsonElement? CustomStatus,
    DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime,
    string ReturnUri)
{
    /// <summary>The publisher's view of <paramref name="instance"/>.</summary>
    public static ReturnOrchestrationStatus From(OrchestrationMetadata instance, string returnUri)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new ReturnOrchestrationStatus(instance.InstanceId, instance.RuntimeStatus.ToString(), DurableInstanceStatus.Parse(instance.SerializedCustomStatus),
            instance.CreatedAt, instance.LastUpdatedAt, returnUri);
    }
}
