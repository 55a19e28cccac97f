using System.Globalization;
using Logistics.Functions.Hosting;
using Logistics.Functions.Table;
using Logistics.Functions.Workers;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Standalone;

/// <summary>
/// Feeds queue and topic-subscription functions from the embedded <see cref="IMessageQueue"/>, the way the Functions
/// host feeds them from Service Bus: a message is completed after its handler succeeds and its outputs are sent,
/// abandoned (redelivered after a back-off) when the handler fails, and dead-lettered by the queue once its delivery
/// count passes the entity's maximum.
/// </summary>
/// <remarks>
/// Graceful shutdown: on stop the dispatcher receives nothing more and waits for the handlers in flight; only if the
/// host's shutdown timeout passes are their cancellation tokens cancelled (the lock then lapses and the message is
/// redelivered on the next start, so nothing is lost).
/// </remarks>
public sealed class QueueDispatcher(
    FunctionTable table,
    FunctionInvoker invoker,
    OutputSender outputs,
    IMessageQueue queue,
    IOptions<StandaloneOptions> options,
    ILogger<QueueDispatcher> logger) : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(_abort.Cancel);
        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    /// <inheritdoc/>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(table.Functions.Where(f => f.Trigger is ServiceBusTrigger && !EngineFunctions.RunByEmbeddedWorker(f)).Select(f => RunAsync(f, stoppingToken)));

    private async Task RunAsync(FunctionDefinition function, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var path = ((ServiceBusTrigger)function.Trigger).EntityPath;
        var settings = options.Value;
        var inFlight = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
                var free = settings.MaxConcurrentCalls - inFlight.Count;
                if (free == 0)
                {
                    await Task.WhenAny(inFlight).WaitAsync(stoppingToken);
                    continue;
                }

                IReadOnlyList<ReceivedMessage> messages;
                try
                {
                    messages = await queue.ReceiveAsync(path, free, settings.LockDuration, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Logs.ReceiveFailed(logger, ex, function.Name, path);
                    await queue.WaitForMessagesAsync(path, settings.IdlePollInterval, stoppingToken);
                    continue;
                }

                if (messages.Count == 0)
                {
                    await queue.WaitForMessagesAsync(path, settings.IdlePollInterval, stoppingToken);
                    continue;
                }

                inFlight.AddRange(messages.Select(m => ProcessAsync(function, m)));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: fall through to drain.
        }

        Logs.DrainingFunction(logger, function.Name, inFlight.Count(t => !t.IsCompleted));
        await Task.WhenAll(inFlight);
    }

    private async Task ProcessAsync(FunctionDefinition function, ReceivedMessage message)
    {
        await Task.Yield();
        var invocation = new FunctionInvocation(function.Name, message.Body, null, message.DeliveryCount, Metadata(message));
        try
        {
            var result = await invoker.InvokeAsync(function, invocation, _abort.Token);
            await outputs.SendAsync(function, result, _abort.Token);
            await queue.CompleteAsync(message, CancellationToken.None);
        }
        catch (MessageLockLostException ex)
        {
            Logs.LockLost(logger, ex, function.Name, message.SequenceNumber);
        }
        catch (Exception ex)
        {
            await AbandonAsync(function, message, ex);
        }
    }

    private async Task AbandonAsync(FunctionDefinition function, ReceivedMessage message, Exception failure)
    {
        var settings = options.Value;
        var delay = settings.RetryDelay <= TimeSpan.Zero
            ? (TimeSpan?)null
            : TimeSpan.FromTicks(Math.Min(
                settings.MaxRetryDelay.Ticks,
                settings.RetryDelay.Ticks * (1L << Math.Min(message.DeliveryCount - 1, 20))));
        try
        {
            Logs.MessageAbandoned(logger, function.Name, message.SequenceNumber, message.DeliveryCount, failure.GetType().Name);
            await queue.AbandonAsync(message, delay, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The lock lapses anyway and the message comes back; nothing more to do here.
            Logs.AbandonFailed(logger, ex, function.Name, message.SequenceNumber);
        }
    }

    private static Dictionary<string, string> Metadata(ReceivedMessage message) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["MessageId"] = message.SequenceNumber.ToString(CultureInfo.InvariantCulture),
        ["SequenceNumber"] = message.SequenceNumber.ToString(CultureInfo.InvariantCulture),
        ["DeliveryCount"] = message.DeliveryCount.ToString(CultureInfo.InvariantCulture),
        ["EnqueuedTimeUtc"] = message.EnqueuedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ["EntityPath"] = message.Entity,
    };
}
