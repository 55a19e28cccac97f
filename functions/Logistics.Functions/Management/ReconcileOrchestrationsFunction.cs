using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.ValueAdded.Workflow;
using Logistics.Functions.Hosting;
using Logistics.Functions.Security;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Management;

/// <summary>
/// Every ten minutes, for every publisher: starts the orchestration a notice, an order, a return or a value-added job
/// lost to a crash between its commit and its start (or to a purge), and cancels the notices whose orchestration was terminated (including through
/// Durable's own API, which bypasses ours).
/// </summary>
public sealed class ReconcileOrchestrationsFunction(
    AccessStore access,
    NoticeOrchestrations notices,
    OrderOrchestrations orders,
    ReturnOrchestrations returns,
    ValueAddedOrchestrations jobs,
    ILogger<ReconcileOrchestrationsFunction> logger)
{
    /// <summary>The NCRONTAB schedule.</summary>
    public const string Schedule = "0 */10 * * * *";

    /// <summary>Runs the sweep.</summary>
    [Function("ReconcileOrchestrations")]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken)
    {
        await foreach (var publisherId in access.PublisherIdsAsync(cancellationToken))
        {
            var repaired = await notices.ReconcileOwnerAsync(durable, publisherId, cancellationToken)
                + await orders.ReconcileOwnerAsync(durable, publisherId, cancellationToken)
                + await returns.ReconcileOwnerAsync(durable, publisherId, cancellationToken)
                + await jobs.ReconcileOwnerAsync(durable, publisherId, cancellationToken);
            if (repaired > 0)
            {
                Logs.OrchestrationsReconciled(logger, publisherId, repaired);
            }
        }
    }
}
