using System.Text.Json;
using Logistics.Functions.Management;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Outbound;

/// <summary>
/// What a publisher may read about its order's orchestration (<c>GET /api/orders/{orderId}/status</c>): whether it runs,
/// what it waits for and until when (the custom status), and when it was created and last changed. Like the notice's,
/// it leaves out the orchestrator's name, input, output, failure details and history, which are for ops.
/// </summary>
public sealed record OrderOrchestrationStatus(
    string InstanceId, string RuntimeStatus, JsonElement? CustomStatus, DateTimeOffset CreatedTime, DateTimeOffset LastUpdatedTime, string OrderUri)
{
    /// <summary>The publisher's view of <paramref name="instance"/>.</summary>
    public static OrderOrchestrationStatus From(OrchestrationMetadata instance, string orderUri)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new OrderOrchestrationStatus(
            instance.InstanceId, instance.RuntimeStatus.ToString(), DurableInstanceStatus.Parse(instance.SerializedCustomStatus),
            instance.CreatedAt, instance.LastUpdatedAt, orderUri);
    }
}
