using Logistics.Functions.Scheduling;

namespace Logistics.Functions.Table;

/// <summary>A function run on a six-field NCRONTAB schedule (UTC).</summary>
/// <param name="Schedule">The parsed schedule.</param>
/// <param name="RunOnStartup">Also run whenever the runtime starts; off by default, as Azure advises.</param>
public sealed record TimerTrigger(CronSchedule Schedule, bool RunOnStartup = false) : FunctionTrigger
{
    /// <inheritdoc/>
    public override string BindingType => "timerTrigger";

    /// <inheritdoc/>
    public override string BindingName => "timer";
}
