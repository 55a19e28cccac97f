using System.Collections.Concurrent;
using Azure.Messaging.ServiceBus;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>
/// <see cref="IMessageQueue"/> on Azure Service Bus through the official SDK (Azure.Messaging.ServiceBus): one
/// <see cref="ServiceBusSender"/> per queue or topic and one peek-lock <see cref="ServiceBusReceiver"/> per queue or
/// subscription path, all kept for the life of the queue.
/// </summary>
/// <remarks>
/// <para>
/// Entities are not created here: the deployment declares them (infra/modules/servicebus.bicep from
/// infra/app-definitions.json) with their lock duration, maximum delivery count and duplicate detection, so
/// <see cref="DeclareAsync"/> does nothing and the <c>lockDuration</c> given to <see cref="ReceiveAsync"/> is not used.
/// </para>
/// <para>
/// A received message is settled through the receiver that locked it, which this queue keeps by lock token until the
/// message is settled; settle it with the same <see cref="ServiceBusMessageQueue"/> instance that received it. A lock
/// token this instance does not hold (settled already, or let go by <see cref="AbandonAsync"/> with a delay) is reported
/// as <see cref="MessageLockLostException"/>, as is the service's own <c>MessageLockLost</c>.
/// </para>
/// <para>
/// A subscription path is re-driven by sending copies to its topic, addressed with the application property
/// <see cref="RedriveToProperty"/>; each subscription's SQL rule (<c>redriveTo IS NULL OR redriveTo = '&lt;name&gt;'</c>,
/// in the Bicep) lets the copy reach that subscription only.
/// </para>
/// </remarks>
public sealed partial class ServiceBusMessageQueue : IMessageQueue, IAsyncDisposable
{
    /// <summary>
    /// The application property naming the one subscription a re-driven copy is for. Every subscription's rule in
    /// infra/modules/servicebus.bicep filters on it; change both together.
    /// </summary>
    public const string RedriveToProperty = "redriveTo";

    private readonly ServiceBusClient _client;
    private readonly bool _ownsClient;
    private readonly TimeSpan _receiveWait;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<string, Lazy<ServiceBusSender>> _senders = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<ServiceBusReceiver>> _receivers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a queue that builds and owns its <see cref="ServiceBusClient"/>; no connection is opened here.</summary>
    /// <exception cref="ArgumentException">The options are unusable; the message names every problem.</exception>
    public ServiceBusMessageQueue(ServiceBusQueueOptions options, ILogger<ServiceBusMessageQueue>? logger = null, TimeProvider? timeProvider = null)
        : this(ServiceBusClientFactory.Create(options), options, logger, timeProvider, ownsClient: true)
    {
    }

    /// <summary>Creates a queue on <paramref name="client"/>, which the caller keeps owning.</summary>
    public ServiceBusMessageQueue(ServiceBusClient client, ServiceBusQueueOptions options, ILogger<ServiceBusMessageQueue>? logger = null, TimeProvider? timeProvider = null)
        : this(client, options, logger, timeProvider, ownsClient: false)
    {
    }

    private ServiceBusMessageQueue(ServiceBusClient client, ServiceBusQueueOptions options, ILogger? logger, TimeProvider? timeProvider, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ReceiveWait, TimeSpan.Zero, nameof(options));
        _client = client;
        _ownsClient = ownsClient;
        _receiveWait = options.ReceiveWait;
        _logger = logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    /// <remarks>Does nothing: on Service Bus the deployment declares every queue, topic and subscription.</remarks>
    public Task DeclareAsync(EntityDefinition entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Returns at once: every <see cref="ReceiveAsync"/> already waits up to <see cref="ServiceBusQueueOptions.ReceiveWait"/>
    /// for a first message, so a receive loop does not spin.
    /// </remarks>
    public Task WaitForMessagesAsync(string entityPath, TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        ServiceBusEntityPath.Parse(entityPath);
        return cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Closes every sender and receiver, and the client when this queue built it.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var receiver in _receivers.Values.Where(r => r.IsValueCreated))
            await receiver.Value.DisposeAsync().ConfigureAwait(false);
        foreach (var sender in _senders.Values.Where(s => s.IsValueCreated))
            await sender.Value.DisposeAsync().ConfigureAwait(false);
        if (_ownsClient)
            await _client.DisposeAsync().ConfigureAwait(false);
    }

    private ServiceBusSender SenderFor(string queueOrTopic) =>
        _senders.GetOrAdd(queueOrTopic, name => new Lazy<ServiceBusSender>(() => _client.CreateSender(name))).Value;

    /// <summary>The kept peek-lock receiver of a queue or subscription, or of its dead-letter sub-queue.</summary>
    private ServiceBusReceiver ReceiverFor(ServiceBusEntityPath path, bool deadLetters = false)
    {
        var key = deadLetters ? path.Path + "/$DeadLetterQueue" : path.Path;
        return _receivers.GetOrAdd(key, _ => new Lazy<ServiceBusReceiver>(() => CreateReceiver(path, deadLetters))).Value;
    }

    /// <summary>A new peek-lock receiver; the caller disposes it.</summary>
    private ServiceBusReceiver CreateReceiver(ServiceBusEntityPath path, bool deadLetters)
    {
        // No prefetch: a prefetched message is locked while it waits in the client, and its lock runs out unseen.
        var options = new ServiceBusReceiverOptions
        {
            ReceiveMode = ServiceBusReceiveMode.PeekLock,
            PrefetchCount = 0,
            SubQueue = deadLetters ? SubQueue.DeadLetter : SubQueue.None,
        };
        return path.Subscription is { } subscription
            ? _client.CreateReceiver(path.QueueOrTopic, subscription, options)
            : _client.CreateReceiver(path.QueueOrTopic, options);
    }
}
