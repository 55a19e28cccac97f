namespace Logistics.Functions.LocalRuntime;

/// <summary>The timer functions of the catalog with their parsed schedules.</summary>
/// <remarks>
/// Built when the local runtime is built, so a schedule that does not parse, or names an unset setting, stops the
/// runtime before it serves anything instead of failing in the background later.
/// </remarks>
public sealed class TimerFunctions
{
    private TimerFunctions(IReadOnlyList<(FunctionInvoker Invoker, TimerSchedule Schedule)> timers) => Timers = timers;

    /// <summary>Each timer function's invoker and schedule.</summary>
    public IReadOnlyList<(FunctionInvoker Invoker, TimerSchedule Schedule)> Timers { get; }

    /// <summary>Prepares every timer function of <paramref name="catalog"/>.</summary>
    /// <exception cref="InvalidOperationException">A schedule does not parse, or a parameter cannot be bound.</exception>
    public static TimerFunctions Create(FunctionCatalog catalog, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(configuration);
        return new TimerFunctions([.. catalog.Functions.Where(f => f.Timer is not null)
            .Select(f => (FunctionInvoker.Create(f), TimerSchedule.Parse(f.Name, f.Timer!.Schedule, configuration)))]);
    }
}
