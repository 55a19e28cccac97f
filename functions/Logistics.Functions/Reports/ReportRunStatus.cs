using System.Text.Json;
using Logistics.Functions.Management;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Reports;

/// <summary>What a publisher may read about its report run: whether it runs, its progress (files written of all), and its output.</summary>
public sealed record ReportRunStatus(
    string RunId, string RuntimeStatus, JsonElement? Progress, JsonElement? Output, DateTimeOffset CreatedTime, DateTimeOffset LastUpdatedTime)
{
    /// <summary>The publisher's view of <paramref name="instance"/>.</summary>
    public static ReportRunStatus From(string runId, OrchestrationMetadata instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new ReportRunStatus(
            runId, instance.RuntimeStatus.ToString(), DurableInstanceStatus.Parse(instance.SerializedCustomStatus),
            instance.IsCompleted ? DurableInstanceStatus.Parse(instance.SerializedOutput) : null, instance.CreatedAt, instance.LastUpdatedAt);
    }
}
