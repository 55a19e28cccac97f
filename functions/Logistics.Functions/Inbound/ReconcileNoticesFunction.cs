using Logistics.Application.Inbound.Workflow;
using Logistics.Functions.Hosting;
using Logistics.Functions.Security;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Inbound;

/// <summary>
/// Every ten minutes, for every publisher: starts the orchestration a notice lost to a crash between its commit and
/// its start, and cancels the notices whose orchestration was terminated (including through Durable's own API,
/// which bypasses ours).
/// </summary>
public sealed class ReconcileNoticesFunction(AccessStore access, NoticeOrchestrations orchestrations, ILogger<ReconcileNoticesFunction> logger)
{
    /// <summary>The NCRONTAB schedule.</summary>
    public const string Schedule = "0 */10 * * * *";

    /// <summary>Runs the sweep.</summary>
    [Function("ReconcileNotices")]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await access.ListPublishersAsync(100, continuation, cancellationToken);
            foreach (var publisher in page.Items)
            {
                var repaired = await orchestrations.ReconcileOwnerAsync(durable, publisher.Value.Id, cancellationToken);
                if (repaired > 0)
                {
                    Logs.NoticesReconciled(logger, publisher.Value.Id, repaired);
                }
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }
}
