using Logistics.Application.Reports.Runs;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Application.Reports.Schedules;

/// <summary>
/// Starts the runs of an owner's standing reports that are due: every occurrence of each schedule's NCRONTAB expression,
/// in the warehouse's time zone, since the schedule's checkpoint.
/// </summary>
/// <remarks>
/// <para>
/// A timer calls this every minute for every owner. The expression is evaluated here, on the warehouse's wall clock,
/// rather than by the host (which evaluates timer schedules in UTC), so an owner's "midnight" is the warehouse's.
/// </para>
/// <para>
/// Each occurrence's run has an id of its own (<c>{schedule}-{stamp}</c>), so a timer that runs twice, or two instances
/// of the app that both run it, start it once. Occurrences missed while the app was down are run when it is back, up to
/// <see cref="MaxRunsPerPass"/> a pass: a list as of a past instant is as exact as one taken then. A new or changed
/// schedule starts from the moment it is first seen; it does not back-fill history.
/// </para>
/// </remarks>
public sealed class ReportScheduler(WarehouseStore store, ReportProfiles profiles, ReportRuns runs, BusinessCalendar calendar, TimeProvider time, ILogger<ReportScheduler>? logger = null)
{
    /// <summary>The most runs one pass starts per schedule; the rest follow on the next pass.</summary>
    public const int MaxRunsPerPass = 50;

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Starts every due run of the owner's schedules and moves their checkpoints.</summary>
    /// <returns>The runs started (or found started) in this pass.</returns>
    public async Task<IReadOnlyList<ReportRunStarted>> RunDueAsync(DurableTaskClient client, string ownerId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var profile = await profiles.GetAsync(ownerId, cancellationToken);
        var container = await store.ContainerAsync(cancellationToken);
        var started = new List<ReportRunStarted>();
        foreach (var schedule in profile.Schedules)
        {
            var checkpointId = ReportScheduleCheckpoint.IdOf(schedule.Name);
            var checkpoint = await container.ReadAsync<ReportScheduleCheckpoint>(checkpointId, ownerId, cancellationToken);
            if (checkpoint is null || checkpoint.Value.Cron != schedule.Cron)
            {
                await SaveAsync(container, new ReportScheduleCheckpoint { Id = checkpointId, OwnerId = ownerId, Cron = schedule.Cron, Last = now }, checkpoint?.ETag, cancellationToken);
                continue;
            }

            var due = WarehouseCron.Occurrences(schedule.Cron, calendar, checkpoint.Value.Last, now).Take(MaxRunsPerPass).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            foreach (var occurrence in due)
            {
                var input = runs.Resolve(ownerId, RequestOf(schedule, occurrence), $"schedule:{schedule.Name}", runId: null);
                input = input with { RunId = $"{schedule.Name}-{input.Stamp}" };
                started.Add(await ReportRuns.StartAsync(client, input, cancellationToken));
            }

            ReportLogs.ScheduledRunsStarted(_logger, ownerId, schedule.Name, due.Count, due[^1]);
            await SaveAsync(container, checkpoint.Value with { Last = due[^1] }, checkpoint.ETag, cancellationToken);
        }

        return started;
    }

    private ReportRequest RequestOf(ReportSchedule schedule, DateTimeOffset occurrence)
    {
        if (schedule.Kind != ReportKinds.StockLedger)
        {
            return new ReportRequest(schedule.Kind, AsOf: occurrence, Formats: schedule.Formats);
        }

        var (from, to) = ReportPeriods.Before(calendar.DateOf(occurrence), schedule.Period!);
        return new ReportRequest(schedule.Kind, From: from, To: to, Detail: schedule.Detail, Formats: schedule.Formats);
    }

    // Another pass (another instance of the app) that moved the checkpoint first started the same runs: losing is fine.
    private static async Task SaveAsync(IDocumentContainer container, ReportScheduleCheckpoint checkpoint, string? etag, CancellationToken cancellationToken)
    {
        try
        {
            if (etag is null)
            {
                await container.CreateAsync(checkpoint, cancellationToken);
            }
            else
            {
                await container.ReplaceAsync(checkpoint, etag, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is DocumentConflictException or DocumentPreconditionFailedException)
        {
            // The other pass's checkpoint stands.
        }
    }
}
