using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Management;

/// <summary>
/// Puts the business document behind an instance into a defined state after ops act on the instance (terminate, and
/// before a purge), so a notice never outlives its orchestration half-way. One implementation per kind of instance;
/// each ignores instance ids that are not its own.
/// </summary>
public interface IOrchestrationCleanup
{
    /// <summary>Reconciles the document of <paramref name="instanceId"/> with the instance's current status.</summary>
    Task ReconcileAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken);
}
