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
/// abandoned (retried after <see cref="EmbeddedWorkerOptions.RetryDelay"/>) otherwise.
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

                // Wake-ups of one instance are interchangeable: run each distinct body once.
                var groups = messages.GroupBy(m => m.Body, StringComparer.Ordinal).ToList();
                await Parallel.ForEachAsync(
                    groups,
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxConcurrentWorkItems), CancellationToken = stoppingToken },
                    async (group, ct) => await RunGroupAsync(group.Key, [.. group], handle, ct));
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

    private async Task RunGroupAsync(string body, ReceivedMessage[] messages, Func<string, CancellationToken, Task> handle, CancellationToken ct)
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

        foreach (var message in messages)
            await SettleAsync(() => queue.CompleteAsync(message, CancellationToken.None));
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
