using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;

namespace Logistics.DurableTask.Hosting;

/// <summary>Settings of the local Durable Task worker and of the <c>DurableTaskClient</c> registered with it.</summary>
public sealed class LocalDurableTaskOptions
{
    /// <summary>
    /// Serializes orchestration and activity inputs, outputs, event payloads and custom status, for the worker's shims and
    /// the client alike (it replaces <see cref="WorkerOptions"/>' converter). Default <see cref="JsonDataConverter.Default"/>.
    /// </summary>
    /// <remarks>Changing it breaks instances already in flight: their stored payloads were written with the old one.</remarks>
    public DataConverter DataConverter { get; set; } = JsonDataConverter.Default;

    /// <summary>Orchestration episodes run at once; null keeps the orchestration service's own limit.</summary>
    public int? MaxConcurrentOrchestrationWorkItems { get; set; }

    /// <summary>Activities run at once; null keeps the orchestration service's own limit.</summary>
    public int? MaxConcurrentActivityWorkItems { get; set; }

    /// <summary>Options handed to the SDK's shim factory (<see cref="DurableTaskWorkerOptions.MaximumTimerInterval"/> and so on).</summary>
    public DurableTaskWorkerOptions WorkerOptions { get; } = new();

    /// <summary>The name of the registered client (<c>DurableTaskClient.Name</c>). Default <c>local</c>.</summary>
    public string ClientName { get; set; } = "local";
}
