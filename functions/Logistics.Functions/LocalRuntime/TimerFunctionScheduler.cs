using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.LocalRuntime;

/// <summary>Runs every timer function of the catalog on its schedule, with time from the injected <see cref="TimeProvider"/>.</summary>
/// <remarks>
/// Missed-run policy, as the Functions host's schedule monitor (<c>UseMonitor</c>, on by default): when the runtime was
/// down over one or more occurrences, the timer fires <em>once</em> at start with <see cref="TimerInfo.IsPastDue"/> set.
/// <c>RunOnStartup</c> fires at every start. Runs of one timer never overlap: the next occurrence is computed after a
/// run ends. A failed run is logged and not retried (timers have no retry under the host either). A timer whose app
/// setting <c>AzureWebJobs.{name}.Disabled</c> (or <c>AzureWebJobs__{name}__Disabled</c>) is true does not run, as
/// under the host.
/// </remarks>
public sealed class TimerFunctionScheduler(
    TimerFunctions timers,
    IConfiguration configuration,
    IServiceScopeFactory scopes,
    TimerStatusStore statuses,
    TimeProvider time,
    ILogger<TimerFunctionScheduler> logger) : BackgroundService
{
    // Task.Delay waits at most about 49.7 days; occurrences further apart (a quarterly or yearly schedule) are waited for in steps.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(30);

    /// <inheritdoc/>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(timers.Timers.Where(t => !IsDisabled(t.Invoker.Function.Name)).Select(t => RunAsync(t.Invoker, t.Schedule, stoppingToken)));

    /// <summary>True when the function's <c>AzureWebJobs.{name}.Disabled</c> setting is true (the host's switch).</summary>
    private bool IsDisabled(string name)
    {
        var disabled = string.Equals(configuration[$"AzureWebJobs.{name}.Disabled"] ?? configuration[$"AzureWebJobs:{name}:Disabled"], "true", StringComparison.OrdinalIgnoreCase);
        if (disabled)
            LocalRuntimeLogs.TimerDisabled(logger, name);
        return disabled;
    }

    private async Task RunAsync(FunctionInvoker invoker, TimerSchedule schedule, CancellationToken stoppingToken)
    {
        // Leave the start-up path at once: the host waits for every ExecuteAsync to yield before it serves.
        await Task.Yield();
        var function = invoker.Function;
        try
        {
            var status = function.Timer!.UseMonitor ? await statuses.ReadAsync(function.Name, stoppingToken) : null;
            var last = status?.Last ?? time.GetUtcNow();
            if (status is not null && status.Next <= time.GetUtcNow())
            {
                LocalRuntimeLogs.TimerPastDue(logger, function.Name, status.Next);
                await FireAsync(invoker, Info(isPastDue: true, status.Last, status.Next), stoppingToken);
                last = status.Next;
            }
            else if (function.Timer.RunOnStartup)
            {
                await FireAsync(invoker, Info(isPastDue: false, last, schedule.Next(time.GetUtcNow())), stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                var next = schedule.Next(time.GetUtcNow());
                if (function.Timer.UseMonitor)
                {
                    await statuses.WriteAsync(function.Name, last, next, time.GetUtcNow(), stoppingToken);
                }

                for (var remaining = next - time.GetUtcNow(); remaining > TimeSpan.Zero; remaining = next - time.GetUtcNow())
                {
                    await Task.Delay(remaining < MaxDelay ? remaining : MaxDelay, time, stoppingToken);
                }

                await FireAsync(invoker, Info(isPastDue: false, last, next), stoppingToken);
                last = next;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private TimerInfo Info(bool isPastDue, DateTimeOffset last, DateTimeOffset next) => new()
    {
        IsPastDue = isPastDue,
        ScheduleStatus = new ScheduleStatus { Last = last.UtcDateTime, Next = next.UtcDateTime, LastUpdated = time.GetUtcNow().UtcDateTime },
    };

    private async Task FireAsync(FunctionInvoker invoker, TimerInfo timer, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await invoker.InvokeAsync(new InvocationContext(scope.ServiceProvider, stoppingToken, Timer: timer));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LocalRuntimeLogs.TimerRunFailed(logger, ex, invoker.Function.Name);
        }
    }
}
