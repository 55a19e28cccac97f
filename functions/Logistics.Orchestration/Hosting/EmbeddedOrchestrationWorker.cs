using Logistics.Orchestration.Runtime;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Logistics.Orchestration.Hosting;

/// <summary>
/// Runs the engine on one machine: pumps the embedded queue's orchestration and activity queues with several receivers
/// and runs the durable timer sweep on a <see cref="TimeProvider"/> schedule (and at the next due time).
/// </summary>
/// <remarks>
/// Identical wake-ups received together are processed once; a message is completed only after its work committed and is
/// abandoned (retried after <see cref="EmbeddedWorkerOptions.RetryDelay"/>) otherwise. Completions of a receive batch
/// are settled together in one queue write (at the latest every quarter of the lock duration), not one per message.
/// </remarks>
public sealed partial class EmbeddedOrchestrationWorker : BackgroundService
{
    private readonly OrchestrationRuntime runtime;
    private readonly IMessageQueue queue;
    private readonly EmbeddedWorkerOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;

    public EmbeddedOrchestrationWorker(
        OrchestrationRuntime runtime,
        IMessageQueue queue,
        IOptions<EmbeddedWorkerOptions>? options = null,
        TimeProvider? timeProvider = null,
        ILogger<EmbeddedOrchestrationWorker>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(queue);
        this.runtime = runtime;
        this.queue = queue;
        this.options = options?.Value ?? new EmbeddedWorkerOptions();
        this.timeProvider = timeProvider ?? runtime.TimeProvider;
        this.logger = logger ?? NullLogger<EmbeddedOrchestrationWorker>.Instance;
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await runtime.InitializeAsync(stoppingToken);
        foreach (var entity in OrchestrationQueues.Entities)
            await queue.DeclareAsync(entity, stoppingToken);
        var loops = new List<Task>();
        for (var i = 0; i < Math.Max(1, options.OrchestrationReceivers); i++)
            loops.Add(PumpAsync(OrchestrationQueues.Orchestrations, runtime.HandleOrchestrationMessageAsync, stoppingToken));
        for (var i = 0; i < Math.Max(1, options.ActivityReceivers); i++)
            loops.Add(PumpAsync(OrchestrationQueues.Activities, runtime.HandleActivityMessageAsync, stoppingToken));
        loops.Add(TimerLoopAsync(stoppingToken));
        await Task.WhenAll(loops);
    }

    private async Task PumpAsync(string entity, Func<string, CancellationToken, Task> handle, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var messages = await queue.ReceiveAsync(entity, options.ReceiveBatchSize, options.LockDuration, stoppingToken);
                if (messages.Count == 0)
                {
                    await queue.WaitForMessagesAsync(entity, options.IdleWait, stoppingToken);
                    continue;
                }

                var completions = new PendingCompletions();
                try
                {
                    await RunBatchAsync(messages, handle, completions, stoppingToken);
                }
                finally
                {
                    // Even when shutdown cuts the batch short, what committed is settled now rather than redone later.
                    await FlushAsync(completions);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A receiver must survive store hiccups; the error is logged and the loop goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.PumpFailed(entity, ex);
                await Task.Delay(options.RetryDelay, timeProvider, stoppingToken).ContinueWith(static _ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task RunBatchAsync(
        IReadOnlyList<ReceivedMessage> messages,
        Func<string, CancellationToken, Task> handle,
        PendingCompletions completions,
        CancellationToken stoppingToken)
    {
        // Wake-ups of one instance are interchangeable: run each distinct body once.
        var groups = messages.GroupBy(m => m.Body, StringComparer.Ordinal).ToList();
        var work = Parallel.ForEachAsync(
            groups,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxConcurrentWorkItems), CancellationToken = stoppingToken },
            async (group, ct) => await RunGroupAsync(group.Key, [.. group], handle, completions, ct));

        // Completions wait for the batch, but a slow work item must not hold its batch-mates' completions until their
        // locks expire (their committed work would be redone): flush every quarter lock while the batch runs.
        using var stopTicking = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        try
        {
            var tick = Task.Delay(FlushInterval, timeProvider, stopTicking.Token);
            while (await Task.WhenAny(work, tick) != work && !tick.IsCanceled)
            {
                await FlushAsync(completions);
                tick = Task.Delay(FlushInterval, timeProvider, stopTicking.Token);
            }
        }
        finally
        {
            // Cancel the pending tick so its timer does not outlive the batch.
            await stopTicking.CancelAsync();
        }

        await work;
    }

    // A quarter of the lock, kept within what Task.Delay accepts (receives reject a non-positive lock before we get here).
    private TimeSpan FlushInterval =>
        TimeSpan.FromMilliseconds(Math.Clamp(options.LockDuration.TotalMilliseconds / 4, 1, int.MaxValue - 1));

    private async Task FlushAsync(PendingCompletions completions)
    {
        var batch = completions.TakeAll();
        if (batch.Count == 0)
            return;
        try
        {
            // One write for the whole batch. Lost locks are returned, not thrown: another receiver has those messages
            // and redoes idempotent work.
            await queue.CompleteAsync(batch, CancellationToken.None);
        }
#pragma warning disable CA1031 // Unsettled messages are only redelivered after their lock; the receiver goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.PumpFailed(batch[0].Entity, ex);
        }
    }

    private async Task RunGroupAsync(
        string body,
        ReceivedMessage[] messages,
        Func<string, CancellationToken, Task> handle,
        PendingCompletions completions,
        CancellationToken ct)
    {
        try
        {
            await handle(body, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.WorkItemFailed(messages[0].Entity, body.Length > 512 ? body[..512] : body, ex);
            foreach (var message in messages)
                await SettleAsync(() => queue.AbandonAsync(message, options.RetryDelay, CancellationToken.None));
            return;
        }
        catch (OperationCanceledException)
        {
            // Shutting down: hand the messages back at once rather than after the lock expires.
            foreach (var message in messages)
                await SettleAsync(() => queue.AbandonAsync(message, null, CancellationToken.None));
            throw;
        }

        // The work committed: from here a crash before the flush only means redelivery, which the engine absorbs.
        completions.Add(messages);
    }

    private static async Task SettleAsync(Func<Task> settle)
    {
        try
        {
            await settle();
        }
        catch (MessageLockLostException)
        {
            // The lock expired and another receiver has the message: it redoes idempotent work.
        }
    }

    private async Task TimerLoopAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = runtime.TimerSignals.Next(OrchestrationRuntime.TimersChangedKey);
            var wait = options.TimerSweepInterval;
            try
            {
                var sweptAt = timeProvider.GetUtcNow();
                await runtime.FireDueTimersAsync(sweptAt, stoppingToken);
                var next = await runtime.GetNextTimerDueAsync(stoppingToken);

                // A timer that fell due while sweeping (the clock moved) is swept again at once.
                if (next > sweptAt && next <= timeProvider.GetUtcNow())
                    continue;
                var untilNext = next - timeProvider.GetUtcNow();
                if (untilNext is { } delay && delay > TimeSpan.Zero && delay < wait)
                    wait = delay;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The sweep retries on its next round.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.TimerSweepFailed(ex);
            }

            using var cancelDelay = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delayTask = Task.Delay(wait, timeProvider, cancelDelay.Token);
            await Task.WhenAny(delayTask, changed);
            await cancelDelay.CancelAsync();
        }
    }
}
