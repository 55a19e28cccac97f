using DurableTask.Core;
using DurableTask.Core.Query;
using Logistics.Storage.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.DurableTask.Sqlite;

/// <summary>
/// A DurableTask.Core orchestration service (provider) on the project's SQLite file: instances, history, messages and
/// activity tasks in <c>dt_*</c> tables beside the document store, written through the file's one group-committing writer.
/// </summary>
/// <remarks>
/// <para><b>Crash safety.</b> Everything an orchestration episode produces — its new history, the instance row, the
/// deletion of the messages it consumed, its activity tasks, timer and orchestrator messages (including the creation of
/// sub-orchestrations) — commits in one transaction; an activity's completion deletes its task and adds its response
/// message in one transaction. Durability is the file's <see cref="SqliteSynchronousMode"/> (FULL by default). After a
/// process kill at any point the worker rebuilds its view from the tables at start: every instance resumes, and an activity
/// whose completion had not committed runs again (at least once).</para>
/// <para><b>One worker per file.</b> <see cref="StartAsync()"/> takes an exclusive OS lock on
/// <c>&lt;database&gt;.taskhub.lock</c> (a second worker is refused with a clear message); work-item locks therefore live in
/// memory and need no durable write. Client calls (start, raise, terminate, query, purge…) work from any process without it;
/// the worker notices their writes at its next commit or poll (<see cref="SqliteOrchestrationServiceOptions.PollInterval"/>).</para>
/// <para><b>Speed.</b> Writes are group-committed by the file's writer: completions, client calls and document writes queued
/// while a commit is in flight share the next transaction, each in its own savepoint, so one failing write fails alone.
/// Callers' tasks complete after the commit.</para>
/// <para><b>Time.</b> Creation, update and completion times and message visibility come from the injected
/// <see cref="TimeProvider"/>: a timer message becomes deliverable once <c>GetUtcNow() &gt;= FireAt</c>, and the wait for it is a
/// timer of that provider, so a test clock that advances fires it. Polling cadences are wall-clock.</para>
/// <para><b>Semantics.</b> Messages for an instance are delivered in the order they were written; messages that arrive during
/// an episode wait for the next one. Messages for a missing or finished instance are discarded, except a rewind request for
/// a Failed instance, which is delivered alone. A start request for a finished instance id starts a new execution and
/// replaces the old history; a running instance is never replaced.</para>
/// </remarks>
public sealed partial class SqliteOrchestrationService :
    IOrchestrationService,
    IOrchestrationServiceClient,
    IOrchestrationServiceQueryClient,
    IOrchestrationServicePurgeClient,
    IAsyncDisposable,
    IDisposable
{
    private readonly SqliteDatabase database;
    private readonly string databasePath;
    private readonly SqliteOrchestrationServiceOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly TaskHubScheduler scheduler;
    private readonly InstanceSignals instanceSignals = new();
    private readonly HistoryCache historyCache = new();
    private readonly SemaphoreSlim lifecycle = new(1, 1);
    private Task? schema;
    private TaskHubLock? hubLock;
    private CancellationTokenSource? polling;
    private Task? pollLoop;
    private bool disposed;

    /// <summary>Creates the service over the database of <paramref name="storage"/>; tables are created on first use.</summary>
    public SqliteOrchestrationService(
        SqliteStorage storage,
        SqliteOrchestrationServiceOptions? options = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        this.options = options ?? new SqliteOrchestrationServiceOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.MaxConcurrentOrchestrationWorkItems, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.MaxConcurrentActivityWorkItems, 1, nameof(options));
        if (this.options.PollInterval <= TimeSpan.Zero)
            throw new ArgumentException("SqliteOrchestrationServiceOptions.PollInterval must be positive.", nameof(options));
        database = storage.Database;
        databasePath = storage.DatabasePath;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SqliteOrchestrationService>();
        scheduler = new TaskHubScheduler(this.timeProvider);
        database.Observe(scheduler);
    }

    /// <inheritdoc/>
    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => BehaviorOnContinueAsNew.Carryover;

    /// <inheritdoc/>
    public int MaxConcurrentTaskOrchestrationWorkItems => options.MaxConcurrentOrchestrationWorkItems;

    /// <inheritdoc/>
    public int MaxConcurrentTaskActivityWorkItems => options.MaxConcurrentActivityWorkItems;

    /// <inheritdoc/>
    public int TaskOrchestrationDispatcherCount => 1;

    /// <inheritdoc/>
    public int TaskActivityDispatcherCount => 1;

    /// <summary>Group-commit transactions run so far (diagnostics and tests).</summary>
    internal long CommitBatches => database.CommitBatches;

    /// <inheritdoc/>
    public Task CreateAsync() => CreateAsync(recreateInstanceStore: false);

    /// <inheritdoc/>
    /// <remarks>With <paramref name="recreateInstanceStore"/> every instance, history and message is deleted first.</remarks>
    public async Task CreateAsync(bool recreateInstanceStore)
    {
        if (recreateInstanceStore)
            await DeleteAsync().ConfigureAwait(false);
        await EnsureSchemaAsync().ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task CreateIfNotExistsAsync() => EnsureSchemaAsync();

    /// <inheritdoc/>
    public Task DeleteAsync() => DeleteAsync(deleteInstanceStore: true);

    /// <inheritdoc/>
    /// <remarks>Drops the task hub's tables whatever <paramref name="deleteInstanceStore"/> says: one file holds both stores.</remarks>
    public async Task DeleteAsync(bool deleteInstanceStore)
    {
        await Write(session =>
        {
            session.Command(OrchestrationSchema.Drop).ExecuteNonQuery();
            return true;
        }).ConfigureAwait(false);
        schema = null;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">Another worker runs this task hub.</exception>
    public async Task StartAsync()
    {
        await lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (hubLock is not null)
                return;
            hubLock = TaskHubLock.Acquire(databasePath);
            try
            {
                await EnsureSchemaAsync().ConfigureAwait(false);
                scheduler.Enable();
                await Write(static _ => true).ConfigureAwait(false); // the rescan runs in this transaction
            }
            catch
            {
                scheduler.Disable();
                hubLock.Dispose();
                hubLock = null;
                throw;
            }

            polling = new CancellationTokenSource();
            pollLoop = PollAsync(polling.Token);
            logger.TaskHubStarted(databasePath);
        }
        finally
        {
            lifecycle.Release();
        }
    }

    /// <inheritdoc/>
    public Task StopAsync() => StopAsync(isForced: false);

    /// <inheritdoc/>
    public async Task StopAsync(bool isForced)
    {
        await lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            if (hubLock is null)
                return;
            await polling!.CancelAsync().ConfigureAwait(false);
            await pollLoop!.ConfigureAwait(false);
            polling.Dispose();
            polling = null;
            pollLoop = null;
            scheduler.Disable();
            historyCache.Clear();
            hubLock.Dispose();
            hubLock = null;
            logger.TaskHubStopped(databasePath);
        }
        finally
        {
            lifecycle.Release();
        }
    }

    /// <inheritdoc/>
    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) => false;

    /// <inheritdoc/>
    /// <remarks>A failed fetch is a database error (e.g. another process holds the file's write lock): back off a second.</remarks>
    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => exception is OperationCanceledException ? 0 : 1;

    /// <inheritdoc/>
    /// <remarks>
    /// No dispatcher-wide pause: the failed work item itself is abandoned and comes back after
    /// <see cref="SqliteOrchestrationServiceOptions.AbandonDelay"/>, so other instances keep running.
    /// </remarks>
    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => 0;

    /// <inheritdoc/>
    public override string ToString() => $"SQLite task hub at {databasePath}";

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
            return;
        await StopAsync(isForced: true).ConfigureAwait(false);
        disposed = true;
        database.StopObserving(scheduler);
        scheduler.Dispose();
        lifecycle.Dispose();
    }

    /// <inheritdoc/>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private Task EnsureSchemaAsync()
    {
        var created = Volatile.Read(ref schema);
        if (created is { IsFaulted: false, IsCanceled: false })
            return created;
        var attempt = Write(session =>
        {
            session.Command(OrchestrationSchema.Create).ExecuteNonQuery();
            return true;
        });
        Interlocked.CompareExchange(ref schema, attempt, created);
        return Volatile.Read(ref schema)!;
    }

    // Finds work other processes wrote while this one is idle: an empty write runs the scan that starts every group commit.
    private async Task PollAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(options.PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                try
                {
                    await Write(static _ => true).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.PollFailed(exception);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    // Every write of the task hub goes through the file's group commit, shared with the document store and the queue.
    private Task<T> Write<T>(Func<SqliteSession, T> work, Action<T>? committed = null) => database.WriteAsync(work, committed, CancellationToken.None);

    private long NowMs() => UnixTime.ToMilliseconds(timeProvider.GetUtcNow());
}
