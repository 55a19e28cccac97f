using Logistics.Orchestration.Runtime;
using Logistics.Storage.Documents;

namespace Logistics.Orchestration.Client;

/// <summary>Starts, inspects and controls orchestration instances (Durable's <c>DurableTaskClient</c>).</summary>
/// <remarks>
/// Commands (raise, terminate, suspend, resume, rewind) are stored as pending events in the instance's partition together
/// with a wake-up message, so they take effect in order on the instance's next work item, on whichever worker runs it.
/// <para>Id reuse policy: an id may be scheduled again only once its instance is terminal (Completed, Failed, Terminated);
/// the new execution then replaces the old one (history included). Scheduling over a Pending, Running, Suspended or
/// ContinuedAsNew instance throws <see cref="OrchestrationAlreadyExistsException"/>.</para>
/// </remarks>
public sealed partial class OrchestrationClient(OrchestrationRuntime runtime)
{
    private IDocumentContainer Container => runtime.Container;

    /// <summary>Schedules a new instance and returns its id.</summary>
    /// <exception cref="OrchestrationAlreadyExistsException">The id is held by a non-terminal instance.</exception>
    /// <exception cref="ArgumentException">No orchestrator of that name is registered.</exception>
    public async Task<string> ScheduleNewOrchestrationInstanceAsync(
        string orchestratorName,
        object? input = null,
        StartOrchestrationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        if (!runtime.Registry.HasOrchestrator(orchestratorName))
            throw new ArgumentException($"No orchestrator named '{orchestratorName}' is registered.", nameof(orchestratorName));
        await runtime.InitializeAsync(cancellationToken);
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        ValidateInstanceId(instanceId);
        var now = runtime.TimeProvider.GetUtcNow();
        var startAt = options?.StartAt is { } at && at > now ? at.ToUniversalTime() : (DateTimeOffset?)null;
        var executionId = Guid.NewGuid().ToString("N");
        var start = new PendingEventDocument(
            $"start-{executionId}",
            instanceId,
            SortKeys.First(0),
            new HistoryEvent
            {
                EventType = HistoryEventType.ExecutionStarted,
                Name = orchestratorName,
                Input = OrchestrationJson.Serialize(input),
                ExecutionId = executionId,
                ScheduledStartTime = startAt,
                Timestamp = now,
            },
            executionId,
            $"client:{executionId}");
        var document = OrchestrationRuntime.NewInstance(start, now);

        var existing = await Container.ReadAsync<InstanceDocument>(InstanceDocument.DocumentId, instanceId, cancellationToken);
        if (existing is not null && !existing.Value.Status.IsTerminal())
            throw new OrchestrationAlreadyExistsException(instanceId, existing.Value.Status);
        var batch = Container.CreateBatch(instanceId);
        if (existing is null)
            batch.Create(document);
        else
            batch.Replace(document, existing.ETag);
        batch.Create(start);
        if (startAt is null)
            batch.Send(OrchestrationRuntime.WakeUp(instanceId));
        try
        {
            await batch.ExecuteAsync(cancellationToken);
        }
        catch (DocumentBatchException ex) when (ex.FailedOperationIndex == 0)
        {
            // Someone else created or replaced it between our read and our write.
            var current = await Container.ReadAsync<InstanceDocument>(InstanceDocument.DocumentId, instanceId, cancellationToken);
            throw new OrchestrationAlreadyExistsException(instanceId, current?.Value.Status ?? OrchestrationRuntimeStatus.Pending);
        }

        if (startAt is not null)
            runtime.TimerSignals.Pulse(OrchestrationRuntime.TimersChangedKey);
        return instanceId;
    }

    /// <summary>Reads an instance; null when unknown.</summary>
    public async Task<OrchestrationMetadata?> GetInstanceAsync(
        string instanceId,
        bool getInputsAndOutputs = false,
        bool includeHistory = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await runtime.InitializeAsync(cancellationToken);
        var read = await Container.ReadAsync<InstanceDocument>(InstanceDocument.DocumentId, instanceId, cancellationToken);
        return read is null ? null : ToMetadata(read.Value, getInputsAndOutputs, includeHistory);
    }

    /// <summary>Waits until the instance is terminal and returns it.</summary>
    /// <exception cref="OrchestrationNotFoundException">The instance does not exist.</exception>
    public async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(
        string instanceId,
        bool getInputsAndOutputs = false,
        CancellationToken cancellationToken = default)
    {
        while (true)
        {
            // Take the signal before reading so a commit in between is not missed.
            var changed = runtime.InstanceSignals.Next(instanceId);
            var instance = await GetInstanceAsync(instanceId, getInputsAndOutputs, false, cancellationToken)
                ?? throw new OrchestrationNotFoundException(instanceId);
            if (instance.IsCompleted)
                return instance;

            // Commits in this process pulse the signal; the poll covers commits made by other processes.
            await Task.WhenAny(changed, Task.Delay(TimeSpan.FromSeconds(1), runtime.TimeProvider, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    internal static OrchestrationMetadata ToMetadata(InstanceDocument doc, bool withData, bool withHistory) => new()
    {
        InstanceId = doc.InstanceId,
        Name = doc.Name,
        RuntimeStatus = doc.Status,
        CreatedAt = doc.CreatedAt,
        LastUpdatedAt = doc.LastUpdatedAt,
        ExecutionId = doc.ExecutionId,
        SerializedInput = withData ? doc.Input : null,
        SerializedOutput = withData ? doc.Output : null,
        SerializedCustomStatus = withData ? doc.CustomStatus : null,
        FailureDetails = doc.Failure,
        Parent = doc.Parent,
        NextTimerDueAt = doc.NextTimerDueAt,
        History = withHistory ? doc.History : null,
    };

    private static void ValidateInstanceId(string instanceId)
    {
        if (instanceId.Length is 0 or > 200 || instanceId.AsSpan().IndexOfAny(['/', '\\', '?', '#']) >= 0 || instanceId.Any(char.IsControl))
        {
            throw new ArgumentException(
                $"Instance id '{instanceId}' is invalid: use 1–200 characters without '/', '\\', '?', '#' or control characters.",
                nameof(instanceId));
        }
    }
}
