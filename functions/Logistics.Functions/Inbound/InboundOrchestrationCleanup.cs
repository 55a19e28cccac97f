using Logistics.Application.Common;
using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Workflow;
using Logistics.Functions.Management;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Inbound;

/// <summary>Keeps a notice in a defined state when ops terminate or purge its orchestration through the management API.</summary>
public sealed class InboundOrchestrationCleanup(NoticeOrchestrations orchestrations) : IOrchestrationCleanup
{
    /// <inheritdoc/>
    public async Task ReconcileAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        if (!NoticeIds.TryParseInstance(instanceId, out var noticeId))
        {
            return;
        }

        try
        {
            await orchestrations.ReconcileAsync(client, noticeId, cancellationToken);
        }
        catch (ResourceNotFoundException)
        {
            // An instance whose notice never existed (an id made up by hand): nothing to keep consistent.
        }
    }
}
