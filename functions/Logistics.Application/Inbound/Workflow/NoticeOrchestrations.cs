using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Application.Inbound.Workflow;

/// <summary>
/// Keeps each notice and its orchestration in step: an accepted notice always gets its instance, a state change is
/// only committed while the instance can still act on it, and a terminated instance leaves its notice cancelled.
/// </summary>
/// <remarks>
/// The notice document is written first and the instance started after it, so an instance always has its notice. A
/// crash between the two leaves a notice without an instance; every path that touches the notice (a repost, a floor or
/// owner action, the periodic <see cref="ReconcileOwnerAsync"/>) starts the missing instance, which reads the notice and
/// joins at its current stage. The client comes from the caller (a Functions <c>[DurableClient]</c> binding, or the local
/// runtime's client): the Durable extension hands clients to functions, not to services.
/// </remarks>
public sealed class NoticeOrchestrations(
    WarehouseStore store,
    NoticeRepository notices,
    NoticeCancellation cancellation,
    NoticeDeadlines deadlines,
    ILogger<NoticeOrchestrations>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Starts the notice's orchestration unless it exists; safe to call any number of times, concurrently too.</summary>
    /// <returns>The instance id.</returns>
    public Task<string> StartAsync(DurableTaskClient client, NoticeDocument notice, CancellationToken cancellationToken) =>
        StartAsync(client, notice, null, cancellationToken);

    /// <summary>
    /// Starts the orchestration of a notice its intake has just created, handing it the notice as committed so that the
    /// first episode waits for arrival at once instead of reading the notice first.
    /// </summary>
    /// <returns>The instance id.</returns>
    public Task<string> StartAcceptedAsync(DurableTaskClient client, NoticeDocument notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return StartAsync(client, notice, NoticeSnapshot.Accepted(notice, deadlines), cancellationToken);
    }

    private async Task<string> StartAsync(DurableTaskClient client, NoticeDocument notice, NoticeSnapshot? accepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(notice);
        var instanceId = NoticeIds.InstanceOf(notice.NoticeId);
        var input = new InboundNoticeInput(notice.OwnerId, notice.NoticeId) { Accepted = accepted };
        await Instances.StartOnceAsync(client, nameof(InboundNoticeOrchestrator), instanceId, input, cancellationToken);
        return instanceId;
    }

    /// <summary>
    /// Call before a floor or owner action changes the notice. A terminated instance cancels the notice and refuses the
    /// action; a missing one is started (the notice outlived a crash or a purge).
    /// </summary>
    /// <exception cref="StateConflictException">The notice is cancelled, or its orchestration was terminated.</exception>
    public async Task RequireActiveAsync(DurableTaskClient client, NoticeDocument notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.Progress == NoticeProgress.Cancelled)
        {
            throw new StateConflictException($"Notice {notice.NoticeId} was cancelled ({notice.CancelReason}).");
        }

        if ((await ReconcileAsync(client, notice, cancellationToken)).Progress == NoticeProgress.Cancelled)
        {
            throw new StateConflictException($"The orchestration of notice {notice.NoticeId} was terminated; the notice is cancelled.");
        }
    }

    /// <summary>
    /// Tells the orchestration that a milestone was committed. Never throws for an instance that is gone or finished:
    /// the change is already stored, and an orchestration that runs again reads it from the notice.
    /// </summary>
    public Task SignalAsync(DurableTaskClient client, string noticeId, string milestone, MilestoneEvent signal, CancellationToken cancellationToken) =>
        Instances.SignalAsync(client, NoticeIds.InstanceOf(noticeId), milestone, signal, _logger, cancellationToken);

    /// <summary>Repairs one notice: starts a missing instance, cancels the notice of a terminated one.</summary>
    /// <returns>The notice's progress afterwards.</returns>
    public async Task<NoticeProgress> ReconcileAsync(DurableTaskClient client, string noticeId, CancellationToken cancellationToken) =>
        (await ReconcileAsync(client, (await notices.GetAsync(noticeId, null, cancellationToken)).Value, cancellationToken)).Progress;

    /// <summary>Repairs every unfinished notice of one owner (the periodic sweep).</summary>
    /// <returns>How many notices were repaired.</returns>
    public async Task<int> ReconcileOwnerAsync(DurableTaskClient client, string ownerId, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var repaired = 0;
        string? continuation = null;
        do
        {
            var query = new DocumentQuery(ownerId) { PageSize = 200, ContinuationToken = continuation }.WhereEquals("/type", NoticeDocument.Kind);
            var page = await container.QueryAsync<NoticeDocument>(query, cancellationToken);
            foreach (var notice in page.Items.Select(d => d.Value).Where(n => !n.IsFinished))
            {
                if ((await ReconcileAsync(client, notice, cancellationToken)).Repaired)
                {
                    repaired++;
                }
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return repaired;
    }

    private async Task<(NoticeProgress Progress, bool Repaired)> ReconcileAsync(DurableTaskClient client, NoticeDocument notice, CancellationToken cancellationToken)
    {
        if (notice.IsFinished)
        {
            return (notice.Progress, false);
        }

        var instanceId = NoticeIds.InstanceOf(notice.NoticeId);
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        switch (instance?.RuntimeStatus)
        {
            case null:
                await StartAsync(client, notice, cancellationToken);
                _logger.NoticeOrchestrationRepaired(notice.OwnerId, notice.NoticeId, instanceId);
                return (notice.Progress, true);
            case OrchestrationRuntimeStatus.Terminated:
                var reason = string.IsNullOrEmpty(instance.SerializedOutput) ? "terminated by ops" : $"terminated by ops: {instance.SerializedOutput}";
                return (NoticeProgress.Cancelled, await cancellation.CancelAsync(notice.NoticeId, reason, cancellationToken));
            default:
                return (notice.Progress, false);
        }
    }
}
