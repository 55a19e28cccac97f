using Logistics.Orchestration.Client;
using Logistics.Orchestration.Hosting;
using Logistics.Orchestration.Runtime;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Logistics.Orchestration.Tests.Support;

/// <summary>
/// The engine on the embedded SQLite store and queue in a temporary folder, with the embedded worker running and a manual
/// clock. Dispose to stop the worker and close the database; <see cref="RestartAsync"/> reopens the same file.
/// </summary>
public sealed class OrchestrationTestHost : IAsyncDisposable
{
    /// <summary>Bound on waiting for the background worker to reach a state (never a wait on time behaviour).</summary>
    public static readonly TimeSpan WorkerTimeout = TimeSpan.FromSeconds(90);

    private readonly Action<OrchestrationRegistry> register;
    private readonly Action<IDocumentStore>? onStoreOpened;
    private readonly Action<OrchestrationEngineOptions>? configure;
    private readonly bool startWorker;
    private readonly bool cache;
    private readonly bool ownsFolder;
    private SqliteStorage? storage;
    private ServiceProvider? provider;
    private IHostedService? worker;

    private OrchestrationTestHost(string databasePath, ManualTimeProvider time, Action<OrchestrationRegistry> register, bool cache, bool ownsFolder, Action<IDocumentStore>? onStoreOpened, Action<OrchestrationEngineOptions>? configure, bool startWorker)
    {
        this.startWorker = startWorker;
        this.configure = configure;
        this.onStoreOpened = onStoreOpened;
        DatabasePath = databasePath;
        Time = time;
        this.register = register;
        this.cache = cache;
        this.ownsFolder = ownsFolder;
    }

    public string DatabasePath { get; }

    public ManualTimeProvider Time { get; }

    public OrchestrationClient Client => provider!.GetRequiredService<OrchestrationClient>();

    public OrchestrationRuntime Runtime => provider!.GetRequiredService<OrchestrationRuntime>();

    public IMessageQueue Queue => storage!.Queue;

    public CosmosLimitsDocumentStore Store { get; private set; } = null!;

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "logistics-orchestration-tests", Guid.NewGuid().ToString("N"), "orchestration.db");

    public static async Task<OrchestrationTestHost> StartAsync(
        Action<OrchestrationRegistry> register,
        bool cache = true,
        string? databasePath = null,
        ManualTimeProvider? time = null,
        Action<IDocumentStore>? onStoreOpened = null,
        Action<OrchestrationEngineOptions>? configure = null,
        bool startWorker = true)
    {
        var host = new OrchestrationTestHost(databasePath ?? NewDatabasePath(), time ?? new ManualTimeProvider(), register, cache, databasePath is null, onStoreOpened, configure, startWorker);
        await host.OpenAsync();
        return host;
    }

    /// <summary>Stops the worker, closes the database (as a process exit would) and opens it again.</summary>
    public async Task RestartAsync()
    {
        await CloseAsync();
        await OpenAsync();
    }

    public async Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId)
    {
        using var timeout = new CancellationTokenSource(WorkerTimeout);
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>Waits (bounded) until the instance satisfies <paramref name="condition"/>.</summary>
    public async Task<OrchestrationMetadata> WaitForStateAsync(string instanceId, Func<OrchestrationMetadata, bool> condition, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(WorkerTimeout);
        while (true)
        {
            var changed = Runtime.InstanceSignals.Next(instanceId);
            var instance = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, includeHistory: true, timeout.Token);
            if (instance is not null && condition(instance))
                return instance;
            await Task.WhenAny(changed, Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token));
            timeout.Token.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Waits until the instance waits on a durable timer, then moves the clock to its due time; repeats until it completes.</summary>
    public async Task<OrchestrationMetadata> DriveTimersToCompletionAsync(string instanceId)
    {
        while (true)
        {
            var state = await WaitForStateAsync(instanceId, s => s.IsCompleted || s.NextTimerDueAt is not null);
            if (state.IsCompleted)
                return state;
            var due = state.NextTimerDueAt!.Value;
            await AdvanceToAsync(instanceId, due);
        }
    }

    /// <summary>
    /// Moves the clock to <paramref name="due"/> and waits until the instance's next timer is no longer that one. The
    /// worker's sweep normally fires it; if the clock moved while the sweep loop was between reading the time and arming
    /// its delay, the helper runs the sweep itself, as the Azure timer trigger would.
    /// </summary>
    public async Task AdvanceToAsync(string instanceId, DateTimeOffset due)
    {
        var now = Time.GetUtcNow();
        if (due > now)
            Time.Advance(due - now);
        using var shortWait = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            await WaitForStateAsync(instanceId, s => s.IsCompleted || s.NextTimerDueAt != due, shortWait.Token);
        }
        catch (OperationCanceledException)
        {
            await Runtime.FireDueTimersAsync();
            await WaitForStateAsync(instanceId, s => s.IsCompleted || s.NextTimerDueAt != due);
        }
    }

    /// <summary>Waits until both engine queues are empty (every wake-up and work item handled).</summary>
    public async Task WaitForIdleQueuesAsync()
    {
        using var timeout = new CancellationTokenSource(WorkerTimeout);
        while (await Queue.CountActiveAsync(OrchestrationQueues.Orchestrations, timeout.Token) > 0
            || await Queue.CountActiveAsync(OrchestrationQueues.Activities, timeout.Token) > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        if (ownsFolder)
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(DatabasePath)!, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the temp folder is cleaned by the OS eventually.
            }
        }
    }

    private async Task OpenAsync()
    {
        storage = SqliteStorage.Open(new SqliteStorageOptions { DatabasePath = DatabasePath, SynchronousMode = SqliteSynchronousMode.Normal }, Time);
        Store = new CosmosLimitsDocumentStore(storage.Documents);
        onStoreOpened?.Invoke(Store);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(logging =>
        {
            if (Environment.GetEnvironmentVariable("ORCHESTRATION_TEST_LOG") is { Length: > 0 } logPath)
                logging.AddProvider(new FileLoggerProvider(logPath));
        });
        services.AddSingleton<IDocumentStore>(Store);
        services.AddSingleton(storage.Queue);
        services.AddOrchestrationEngine(register, o =>
        {
            o.EnableOrchestratorCache = cache;
            configure?.Invoke(o);
        });
        services.AddEmbeddedOrchestrationWorker(o => o.TimerSweepInterval = TimeSpan.FromMinutes(1));
        provider = services.BuildServiceProvider();
        if (startWorker)
        {
            worker = provider.GetServices<IHostedService>().Single();
            await worker.StartAsync(CancellationToken.None);
        }
        else
        {
            await Runtime.InitializeAsync();
        }
    }

    private async Task CloseAsync()
    {
        if (worker is not null)
            await worker.StopAsync(CancellationToken.None);
        if (provider is not null)
            await provider.DisposeAsync();
        if (storage is not null)
            await storage.DisposeAsync();
        (worker, provider, storage) = (null, null, null);
    }
}
