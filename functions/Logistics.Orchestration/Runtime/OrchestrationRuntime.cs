using System.Text.Json;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Logistics.Orchestration.Runtime;

/// <summary>
/// Executes orchestration and activity work items. The host feeds it queue messages — the embedded worker in standalone
/// mode, custom-handler invocations of Service Bus triggers in Azure — and calls <see cref="FireDueTimersAsync(CancellationToken)"/>
/// on a schedule.
/// </summary>
/// <remarks>
/// Every state change of an instance — history, new timers, consumed events and the outbox messages it causes — commits
/// in one batch on the instance's partition, guarded by the instance document's ETag; message bodies are wake-ups or
/// self-sufficient work items, so any handler may process any message any number of times (at-least-once delivery,
/// duplicates collapse on deterministic event ids and history checks).
/// </remarks>
public sealed partial class OrchestrationRuntime
{
    private const int MaxConflictRetries = 8;

    private readonly IDocumentStore store;
    private readonly OrchestrationRegistry registry;
    private readonly IServiceProvider services;
    private readonly OrchestrationEngineOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILoggerFactory loggerFactory;
    private readonly ILogger logger;
    private readonly InstanceLocks locks = new();
    private readonly OrchestrationCache cache;
    private readonly SemaphoreSlim initializing = new(1, 1);
    private volatile IDocumentContainer? container;

    public OrchestrationRuntime(
        IDocumentStore store,
        OrchestrationRegistry registry,
        IServiceProvider services,
        IOptions<OrchestrationEngineOptions>? options = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(services);
        this.store = store;
        this.registry = registry;
        this.services = services;
        this.options = options?.Value ?? new OrchestrationEngineOptions();
        this.timeProvider = timeProvider ?? TimeProvider.System;
        this.loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        logger = this.loggerFactory.CreateLogger<OrchestrationRuntime>();
        cache = new OrchestrationCache(Math.Max(1, this.options.MaxCachedOrchestrations));
    }

    /// <summary>The registry this runtime executes.</summary>
    public OrchestrationRegistry Registry => registry;

    internal TimeProvider TimeProvider => timeProvider;

    internal OrchestrationEngineOptions Options => options;

    internal InstanceSignals InstanceSignals { get; } = new();

    /// <summary>Pulsed (key <see cref="TimersChangedKey"/>) when a commit sets an instance's next timer.</summary>
    internal InstanceSignals TimerSignals { get; } = new();

    internal RuntimeCounters Counters { get; } = new();

    /// <summary>Called after an instance's terminal state committed in this process (benchmarks, diagnostics).</summary>
    internal Action<string, OrchestrationRuntimeStatus>? InstanceFinished { get; set; }

    internal const string TimersChangedKey = "timers";

    internal IDocumentContainer Container =>
        container ?? throw new InvalidOperationException("The orchestration runtime is not initialized: call InitializeAsync at start.");

    /// <summary>
    /// Ensures the <see cref="OrchestrationQueues.ContainerName"/> container and, when an <see cref="IMessageQueue"/> is
    /// registered (the embedded queue), declares <see cref="OrchestrationQueues.Entities"/>. Idempotent; call at start.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (container is not null)
            return;
        await initializing.WaitAsync(cancellationToken);
        try
        {
            if (container is not null)
                return;
            await store.EnsureContainerAsync(OrchestrationQueues.Container, cancellationToken);
            if (services.GetService(typeof(IMessageQueue)) is IMessageQueue queue)
            {
                foreach (var entity in OrchestrationQueues.Entities)
                    await queue.DeclareAsync(entity, cancellationToken);
            }

            container = store.GetContainer(OrchestrationQueues.ContainerName);
        }
        finally
        {
            initializing.Release();
        }
    }

    /// <summary>Handles one <see cref="OrchestrationQueues.Orchestrations"/> message body.</summary>
    /// <remarks>Throws when the work could not be committed; the message must then be retried (abandoned, or a non-2xx answer in Azure).</remarks>
    public async Task HandleOrchestrationMessageAsync(string body, CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var message = Parse<OrchestrationWorkMessage>(body);
        if (message.Deliveries is { } deliveries)
        {
            foreach (var delivery in deliveries)
            {
                await DeliverAsync(delivery.Event, cancellationToken);
                await ProcessInstanceAsync(delivery.Event.InstanceId, cancellationToken);
            }
        }

        if (message.InstanceId is { } instanceId)
            await ProcessInstanceAsync(instanceId, cancellationToken);
    }

    /// <summary>Forgets every cached orchestrator (for tests and memory pressure); the next work items replay.</summary>
    public void ClearCache() => cache.Clear();

    internal static string WakeUpBody(string instanceId) =>
        JsonSerializer.Serialize(new OrchestrationWorkMessage(instanceId), DocumentJson.Options);

    internal static OutgoingMessage WakeUp(string instanceId) => new(OrchestrationQueues.Orchestrations, WakeUpBody(instanceId));

    private static T Parse<T>(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var json = body.TrimStart();

        // The Functions host hands plain strings over JSON-encoded once more; accept both forms.
        if (json.StartsWith('"'))
            json = JsonSerializer.Deserialize<string>(json) ?? string.Empty;
        return JsonSerializer.Deserialize<T>(json, DocumentJson.Options)
            ?? throw new ArgumentException("The message body is empty.", nameof(body));
    }

    /// <summary>Processes the pending events of one instance, retrying on ETag races.</summary>
    internal async Task ProcessInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(instanceId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ProcessOnceAsync(instanceId, cancellationToken);
                return;
            }
            catch (DocumentStoreException ex) when (attempt < MaxConflictRetries && IsRace(ex))
            {
                logger.ConcurrencyConflict(instanceId, attempt);
            }
        }
    }

    private static bool IsRace(DocumentStoreException exception)
    {
        var failure = exception is DocumentBatchException batch ? batch.Failure : exception;
        return failure is DocumentPreconditionFailedException or DocumentNotFoundException or DocumentConflictException;
    }
}
