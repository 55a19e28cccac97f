using System.Collections.Immutable;
using System.Diagnostics;
using DurableTask.Core;
using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using DurableTask.Core.Query;
using Logistics.DurableTask.Serialization;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Core = DurableTask.Core;
using CoreQuery = DurableTask.Core.Query.OrchestrationQuery;
using OrchestrationQuery = Microsoft.DurableTask.Client.OrchestrationQuery;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace Logistics.DurableTask.Client;

/// <summary>
/// A <see cref="DurableTaskClient"/> over any DurableTask.Core <see cref="IOrchestrationServiceClient"/> (the SQLite task hub,
/// or an in-memory service in tests): start, raise events, terminate, suspend, resume, rewind, read, query, purge, wait.
/// </summary>
/// <remarks>
/// Inputs, outputs, event payloads and custom status are (de)serialized with the <see cref="DataConverter"/> given here,
/// which must be the one the worker's shims use. Query and purge need the service to implement
/// <see cref="IOrchestrationServiceQueryClient"/> and <see cref="IOrchestrationServicePurgeClient"/>; otherwise those calls
/// throw <see cref="NotSupportedException"/>, as does history on a service that answers it with
/// <see cref="NotImplementedException"/> (DurableTask.Core's in-memory service). Waits poll the service with a back-off (10 ms doubling to 1 s, wall clock).
/// Recursive terminate and purge of sub-orchestrations are not supported (the options' <c>Recursive</c> is ignored).
/// </remarks>
public sealed class OrchestrationServiceDurableTaskClient : DurableTaskClient
{
    private static readonly TimeSpan FirstPollDelay = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxPollDelay = TimeSpan.FromSeconds(1);

    private static readonly Core.OrchestrationStatus[] Unfinished =
        [Core.OrchestrationStatus.Pending, Core.OrchestrationStatus.Running, Core.OrchestrationStatus.Suspended];

    private static readonly Core.OrchestrationStatus[] Finished =
        [Core.OrchestrationStatus.Completed, Core.OrchestrationStatus.Failed, Core.OrchestrationStatus.Terminated, Core.OrchestrationStatus.Canceled];

    private readonly IOrchestrationServiceClient service;
    private readonly DataConverter dataConverter;

    /// <summary>Creates the client.</summary>
    /// <param name="name">The client's name (<see cref="DurableTaskClient.Name"/>).</param>
    /// <param name="service">The orchestration service to talk to.</param>
    /// <param name="dataConverter">The converter for inputs, outputs, event payloads and custom status.</param>
    public OrchestrationServiceDurableTaskClient(string name, IOrchestrationServiceClient service, DataConverter dataConverter)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(dataConverter);
        this.service = service;
        this.dataConverter = dataConverter;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The instance id is <see cref="StartOrchestrationOptions.InstanceId"/> or a new GUID. An id whose instance has not
    /// finished (Pending, Running, Suspended) is refused, as is a finished one whose status is in
    /// <see cref="StartOrchestrationOptions.DedupeStatuses"/>; a finished one is otherwise restarted as a new execution.
    /// </remarks>
    /// <exception cref="OrchestrationAlreadyExistsException">The instance id is taken (the exception Microsoft's own shim client throws).</exception>
    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName,
        object? input = null,
        StartOrchestrationOptions? options = null,
        CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        var dedupe = DedupeStatuses(options);
        var existing = await GetStateAsync(instanceId).ConfigureAwait(false);
        if (existing is not null && (!existing.OrchestrationStatus.IsTerminal() || dedupe.Contains(existing.OrchestrationStatus)))
            throw new OrchestrationAlreadyExistsException($"An orchestration with instance ID '{instanceId}' already exists and is {existing.OrchestrationStatus}.");

        var instance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = Guid.NewGuid().ToString("N") };
        var message = new TaskMessage
        {
            OrchestrationInstance = instance,
            Event = new ExecutionStartedEvent(-1, dataConverter.Serialize(input))
            {
                Name = orchestratorName.Name,
                Version = options?.Version?.Version ?? string.Empty,
                OrchestrationInstance = instance,
                ScheduledStartTime = options?.StartAt?.UtcDateTime,
                Tags = options?.Tags is { Count: > 0 } tags ? tags.ToDictionary(StringComparer.Ordinal) : null,
            },
        };
        // The service checks again inside its own transaction, so two racing starts cannot both win.
        await service.CreateTaskOrchestrationAsync(message, [.. Unfinished.Union(dedupe)]).ConfigureAwait(false);
        return instanceId;
    }

    /// <inheritdoc/>
    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return SendAsync(instanceId, new EventRaisedEvent(-1, dataConverter.Serialize(eventPayload)) { Name = eventName }, cancellation);
    }

    /// <inheritdoc/>
    /// <remarks>The instance ends Terminated at its next episode, with <see cref="TerminateInstanceOptions.Output"/> as its output.</remarks>
    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return service.ForceTerminateTaskOrchestrationAsync(instanceId, dataConverter.Serialize(options?.Output));
    }

    /// <inheritdoc/>
    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason), cancellation);

    /// <inheritdoc/>
    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason), cancellation);

    /// <inheritdoc/>
    /// <remarks>
    /// Failed activities and sub-orchestrations are run again and the instance continues from there (DurableTask.Core's
    /// rewind). The service must deliver the request to the Failed instance: the SQLite task hub does, the in-memory test
    /// service drops it.
    /// </remarks>
    /// <exception cref="ArgumentException">No instance has that id.</exception>
    /// <exception cref="InvalidOperationException">The instance is not Failed.</exception>
    public override async Task RewindInstanceAsync(string instanceId, string reason, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var state = await GetStateAsync(instanceId).ConfigureAwait(false)
            ?? throw new ArgumentException($"No orchestration instance has the id '{instanceId}'.", nameof(instanceId));
        if (state.OrchestrationStatus != Core.OrchestrationStatus.Failed)
            throw new InvalidOperationException($"Only a Failed orchestration can be rewound; instance '{instanceId}' is {state.OrchestrationStatus}.");
        var rewind = new ExecutionRewoundEvent(-1, reason)
        {
            // DurableTask.Core's rewind needs a trace context; start a new trace when there is none to continue.
            ParentTraceContext = new Core.Tracing.DistributedTraceContext(
                Activity.Current?.Id ?? $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-00",
                Activity.Current?.TraceStateString),
        };
        await SendAsync(instanceId, rewind, cancellation).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Without <paramref name="getInputsAndOutputs"/> the input and output are left out (custom status and failure details
    /// are always there) and the metadata has no data converter to read them with.
    /// </remarks>
    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        var state = await GetStateAsync(instanceId).ConfigureAwait(false);
        return state is null ? null : ToMetadata(state, getInputsAndOutputs);
    }

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">The service cannot be queried.</exception>
    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
    {
        var queries = service as IOrchestrationServiceQueryClient
            ?? throw new NotSupportedException($"{service.GetType().Name} does not support instance queries.");
        return Pageable.Create(async (continuation, pageSize, cancellation) =>
        {
            var query = new CoreQuery
            {
                RuntimeStatus = filter?.Statuses?.Select(status => status.ToCore()).ToList(),
                CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime,
                CreatedTimeTo = filter?.CreatedTo?.UtcDateTime,
                TaskHubNames = filter?.TaskHubNames?.ToList(),
                InstanceIdPrefix = filter?.InstanceIdPrefix,
                PageSize = pageSize ?? filter?.PageSize ?? OrchestrationQuery.DefaultPageSize,
                ContinuationToken = continuation ?? filter?.ContinuationToken,
                FetchInputsAndOutputs = filter?.FetchInputsAndOutputs ?? false,
            };
            var result = await queries.GetOrchestrationWithQueryAsync(query, cancellation).ConfigureAwait(false);
            return new Page<OrchestrationMetadata>(
                [.. result.OrchestrationState.Select(state => ToMetadata(state, query.FetchInputsAndOutputs))],
                result.ContinuationToken);
        });
    }

    /// <inheritdoc/>
    /// <returns>1 purged instance, or 0 when there is no such instance.</returns>
    /// <exception cref="InvalidOperationException">The instance has not finished.</exception>
    /// <exception cref="NotSupportedException">The service cannot purge.</exception>
    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var purger = Purger();
        var state = await GetStateAsync(instanceId).ConfigureAwait(false);
        if (state is null)
            return new PurgeResult(0);
        if (!state.OrchestrationStatus.IsTerminal())
            throw new InvalidOperationException($"Only a finished orchestration can be purged; instance '{instanceId}' is {state.OrchestrationStatus}.");
        cancellation.ThrowIfCancellationRequested();
        var result = await purger.PurgeInstanceStateAsync(instanceId).ConfigureAwait(false);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    /// <inheritdoc/>
    /// <remarks>Only finished instances are purged: statuses that have not finished are ignored, and none given means every finished one.</remarks>
    /// <exception cref="NotSupportedException">The service cannot purge.</exception>
    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var purger = Purger();
        cancellation.ThrowIfCancellationRequested();
        // Only finished instances are purged, whatever the provider would do with an unfiltered request.
        var statuses = filter.Statuses?.Select(status => status.ToCore()).Where(CoreConversions.IsTerminal).ToList();
        if (statuses is null || statuses.Count == 0)
        {
            if (filter.Statuses?.Any() == true)
                return new PurgeResult(0);
            statuses = [.. Finished];
        }

        var result = await purger.PurgeInstanceStateAsync(new PurgeInstanceFilter(
            filter.CreatedFrom?.UtcDateTime ?? DateTime.MinValue,
            filter.CreatedTo?.UtcDateTime,
            statuses)).ConfigureAwait(false);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No instance has that id.</exception>
    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(instanceId, getInputsAndOutputs, static status => status != Core.OrchestrationStatus.Pending, cancellation);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No instance has that id.</exception>
    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(instanceId, getInputsAndOutputs, static status => status.IsTerminal(), cancellation);

    /// <inheritdoc/>
    /// <returns>The current execution's history events, oldest first; empty when there is no such instance.</returns>
    /// <exception cref="NotSupportedException">The service keeps no history it can return.</exception>
    public override async Task<IList<HistoryEvent>> GetOrchestrationHistoryAsync(string instanceId, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        string json;
        try
        {
            json = await service.GetOrchestrationHistoryAsync(instanceId, null).ConfigureAwait(false);
        }
        catch (NotImplementedException exception)
        {
            // Not unfinished code of ours: DurableTask.Core has no capability interface for history (as it has for query and
            // purge), and its in-memory service answers this call with NotImplementedException. The SDK's contract for a
            // client that cannot is NotSupportedException, which the management API turns into a 501.
            throw new NotSupportedException($"{service.GetType().Name} does not return orchestration history.", exception);
        }

        return string.IsNullOrWhiteSpace(json) ? [] : DurableJson.DeserializeEvents(json);
    }

    /// <inheritdoc/>
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static HashSet<Core.OrchestrationStatus> DedupeStatuses(StartOrchestrationOptions? options)
    {
        var statuses = new HashSet<Core.OrchestrationStatus>();
        foreach (var name in options?.DedupeStatuses ?? [])
        {
            if (!Enum.TryParse<OrchestrationRuntimeStatus>(name, ignoreCase: true, out var status))
                throw new ArgumentException($"'{name}' is not an orchestration runtime status.", nameof(options));
            statuses.Add(status.ToCore());
        }

        return statuses;
    }

    private async Task<OrchestrationMetadata> PollAsync(
        string instanceId,
        bool getInputsAndOutputs,
        Func<Core.OrchestrationStatus, bool> reached,
        CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var delay = FirstPollDelay;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            var state = await GetStateAsync(instanceId).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"No orchestration instance has the id '{instanceId}'.");
            if (reached(state.OrchestrationStatus))
                return ToMetadata(state, getInputsAndOutputs);
            await Task.Delay(delay, cancellation).ConfigureAwait(false);
            delay = delay * 2 < MaxPollDelay ? delay * 2 : MaxPollDelay;
        }
    }

    private async Task<Core.OrchestrationState?> GetStateAsync(string instanceId)
    {
        var states = await service.GetOrchestrationStateAsync(instanceId, allExecutions: false).ConfigureAwait(false);
        return states?.FirstOrDefault(state => state is not null);
    }

    private Task SendAsync(string instanceId, HistoryEvent historyEvent, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return service.SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
            Event = historyEvent,
        });
    }

    private IOrchestrationServicePurgeClient Purger() =>
        service as IOrchestrationServicePurgeClient
        ?? throw new NotSupportedException($"{service.GetType().Name} does not support purging instances.");

    private OrchestrationMetadata ToMetadata(Core.OrchestrationState state, bool getInputsAndOutputs) =>
        new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            DataConverter = getInputsAndOutputs ? dataConverter : null,
            RuntimeStatus = state.OrchestrationStatus.ToRuntimeStatus(),
            CreatedAt = AsUtc(state.CreatedTime),
            LastUpdatedAt = AsUtc(state.LastUpdatedTime),
            SerializedInput = getInputsAndOutputs ? state.Input : null,
            SerializedOutput = getInputsAndOutputs ? state.Output : null,
            SerializedCustomStatus = state.Status,
            FailureDetails = state.FailureDetails.ToTaskFailureDetails(),
            Tags = state.Tags is { Count: > 0 } tags ? tags.AsReadOnly() : ImmutableDictionary<string, string>.Empty,
        };

    private static DateTimeOffset AsUtc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
