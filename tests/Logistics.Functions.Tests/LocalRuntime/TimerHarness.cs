using Logistics.Functions.LocalRuntime;
using Logistics.Storage;
using Logistics.Storage.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Functions.Tests.LocalRuntime;

/// <summary>
/// A <see cref="TimerFunctionScheduler"/> over test timer functions, on a manual clock and a SQLite file of its own (the
/// schedule monitor's records survive a stop, so a second harness on the same file is a restart).
/// </summary>
public sealed class TimerHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TimerFunctionScheduler _scheduler;
    private bool _stopped;

    private TimerHarness(ServiceProvider services, TimerFunctionScheduler scheduler)
    {
        _services = services;
        _scheduler = scheduler;
    }

    public TimerRuns Runs => _services.GetRequiredService<TimerRuns>();

    public TimerStatusStore Statuses => _services.GetRequiredService<TimerStatusStore>();

    /// <summary>The scheduler's run; faulted if the scheduler failed.</summary>
    public Task? Execution => _scheduler.ExecuteTask;

    /// <summary>Starts the scheduler over the timer functions of <paramref name="functionClasses"/>.</summary>
    public static async Task<TimerHarness> StartAsync(
        string databasePath,
        TimeProvider time,
        Type[] functionClasses,
        TimerRuns? runs = null,
        TestTimers.Gate? gate = null,
        IDictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(time)
            .AddEmbeddedStorage(o => o.DatabasePath = databasePath)
            .AddSingleton<TimerStatusStore>()
            .AddSingleton(runs ?? new TimerRuns())
            .AddSingleton(gate ?? new TestTimers.Gate())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await services.GetRequiredService<IDocumentStore>().EnsureContainerAsync(TimerStatusStore.Container);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var timers = TimerFunctions.Create(FunctionCatalog.From(functionClasses), configuration);
        var scheduler = new TimerFunctionScheduler(
            timers,
            configuration,
            services.GetRequiredService<IServiceScopeFactory>(),
            services.GetRequiredService<TimerStatusStore>(),
            time,
            NullLogger<TimerFunctionScheduler>.Instance);
        var harness = new TimerHarness(services, scheduler);
        try
        {
            await scheduler.StartAsync(CancellationToken.None);
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }

        return harness;
    }

    /// <summary>Stops the scheduler as the host does at shutdown.</summary>
    public Task StopAsync()
    {
        _stopped = true;
        return _scheduler.StopAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await StopAsync();
        }

        _scheduler.Dispose();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
