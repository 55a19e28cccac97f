using Logistics.Application.Common;
using Logistics.Application.Outbound;
using Logistics.Functions.Management;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Outbound;

/// <summary>Keeps an order in a defined state when ops terminate or purge its orchestration through the management API.</summary>
/// <remarks>
/// A terminated instance cancels its order while nothing is picked, so its reservations do not hold stock for ever. An
/// order whose goods are already picked or on the way is left as it is: the goods are real, and the floor and carrier
/// endpoints keep working without the instance. A purged instance of an unfinished order is started again by the
/// periodic reconciliation.
/// </remarks>
public sealed class OutboundOrchestrationCleanup(OrderRepository orders, OrderChanges changes) : IOrchestrationCleanup
{
    /// <inheritdoc/>
    public async Task ReconcileAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!OrderIds.TryParseInstance(instanceId, out var orderId) || await orders.FindAsync(orderId, null, cancellationToken) is not { } read)
        {
            return;
        }

        var order = read.Value;
        if (order.IsFinished || order.PickingStarted)
        {
            return;
        }

        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        if (instance?.RuntimeStatus == OrchestrationRuntimeStatus.Terminated)
        {
            try
            {
                var reason = string.IsNullOrEmpty(instance.SerializedOutput) ? "terminated by ops" : $"terminated by ops: {instance.SerializedOutput}";
                await changes.CancelAsync(orderId, reason, cancellationToken);
            }
            catch (StateConflictException)
            {
                // Picked meanwhile: the goods are real, the order stays.
            }
        }
    }
}
