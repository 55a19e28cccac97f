using Logistics.Application.Reports.Schedules;
using Logistics.Functions.Security;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Reports;

/// <summary>
/// Every minute, starts the due runs of every publisher's standing reports (<see cref="ReportScheduler"/>). The owners'
/// schedules are NCRONTAB expressions on the warehouse's clock, evaluated by the scheduler; this timer only walks them.
/// </summary>
public sealed class ReportScheduleFunction(AccessStore access, ReportScheduler scheduler, ILogger<ReportScheduleFunction> logger)
{
    /// <summary>At second 0 of every minute.</summary>
    public const string Schedule = "0 * * * * *";

    /// <summary>Runs the due reports of every publisher; one owner's failure is logged and does not hold up the others.</summary>
    [Function("RunReportSchedules")]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken)
    {
        await foreach (var publisherId in access.PublisherIdsAsync(cancellationToken))
        {
            try
            {
                await scheduler.RunDueAsync(durable, publisherId, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ReportFunctionLogs.ScheduleFailed(logger, ex, publisherId);
            }
        }
    }
}
