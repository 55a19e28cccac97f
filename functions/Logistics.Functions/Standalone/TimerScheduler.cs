using System.Collections.ObjectModel;
using Logistics.Functions.Hosting;
using Logistics.Functions.Table;
using Logistics.Functions.Workers;

namespace Logistics.Functions.Standalone;

/// <summary>Runs every timer function of the table on its schedule, with time from the injected <see cref="TimeProvider"/>.</summary>
/// <remarks>
/// Missed-run policy, as the Functions host's schedule monitor: when the runtime was down over one or more
/// occurrences, the timer fires <em>once</em> at start-up with <see cref="TimerInfo.IsPastDue"/> set, never once per
/// missed occurrence. <see cref="TimerTrigger.RunOnStartup"/> (off by default) fires at every start. Runs of one
/// timer never overlap: the next occurrence is computed after a run ends, so occurrences passed during a long run
/// are skipped. A failed run is logged and not retried (timers have no retry in Azure either).
/// </remarks>
public sealed class TimerScheduler(
    FunctionTable table,
    FunctionInvoker invoker,
    TimerStatusStore statuses,
    OutputSender outputs,
    TimeProvider time,
    ILogger<TimerScheduler> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(table.Functions.Where(f => f.Trigger is TimerTrigger && !EngineFunctions.RunByEmbeddedWorker(f)).Select(f => RunTimerAsync(f, stoppingToken)));

    private async Task RunTimerAsync(FunctionDefinition function, CancellationToken stoppingToken)
    {
        // Leave the start-up path at once: the host waits for every ExecuteAsync to yield before it serves.
        await Task.Yield();
        var trigger = (TimerTrigger)function.Trigger;
        try
        {
            var status = await statuses.ReadAsync(function.Name, stoppingToken);
            var last = status?.Last ?? DateTimeOffset.MinValue;
            var now = time.GetUtcNow();
            if (status is not null && status.Next <= now)
            {
                Logs.TimerPastDue(logger, function.Name, status.Next);
                await FireAsync(function, new TimerInfo(true, status), stoppingToken);
                last = status.Next;
            }
            else if (trigger.RunOnStartup)
            {
                await FireAsync(function, new TimerInfo(false, status), stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                var next = trigger.Schedule.GetNextOccurrence(time.GetUtcNow());
                var current = new TimerScheduleStatus(last, next, time.GetUtcNow());
                await statuses.WriteAsync(function.Name, current, stoppingToken);
                for (var remaining = next - time.GetUtcNow(); remaining > TimeSpan.Zero; remaining = next - time.GetUtcNow())
                {
                    await Task.Delay(remaining, time, stoppingToken);
                }

                await FireAsync(function, new TimerInfo(false, current), stoppingToken);
                last = next;
                await statuses.WriteAsync(function.Name, current with { Last = next, LastUpdated = time.GetUtcNow() }, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task FireAsync(FunctionDefinition function, TimerInfo timer, CancellationToken stoppingToken)
    {
        var invocation = new FunctionInvocation(function.Name, null, timer, 0, ReadOnlyDictionary<string, string>.Empty);
        try
        {
            // Outputs of a timer (if it declares any) go out the same way as a queue function's.
            var result = await invoker.InvokeAsync(function, invocation, stoppingToken);
            await outputs.SendAsync(function, result, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Already logged by the invoker; a timer waits for its next occurrence.
            Logs.TimerRunFailed(logger, ex, function.Name);
        }
    }
}
