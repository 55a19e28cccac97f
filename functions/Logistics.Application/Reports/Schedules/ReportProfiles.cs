using System.Text.RegularExpressions;
using Logistics.Application.Common;
using Logistics.Application.Reports.Runs;
using Logistics.Application.Warehouse;

namespace Logistics.Application.Reports.Schedules;

/// <summary>Reads and replaces an owner's report settings (<see cref="ReportProfileDocument"/>).</summary>
public sealed partial class ReportProfiles(WarehouseStore store, TimeProvider time)
{
    /// <summary>At most this many standing reports per owner.</summary>
    public const int MaxSchedules = 20;

    /// <summary>
    /// What an owner gets until it says otherwise: the current-stock list at the start of every business day, and the
    /// stock ledger of the past calendar month on the 1st (CSV and JSON each).
    /// </summary>
    public static IReadOnlyList<ReportSchedule> Defaults { get; } =
    [
        new("daily-current-stock", ReportKinds.CurrentStock, "0 0 * * *"),
        new("monthly-stock-ledger", ReportKinds.StockLedger, "0 0 1 * *", ReportPeriods.Month),
    ];

    /// <summary>The owner's settings, or the defaults when it has none.</summary>
    public async Task<ReportProfileDocument> GetAsync(string ownerId, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var stored = await container.ReadAsync<ReportProfileDocument>(ReportProfileDocument.Kind, ownerId, cancellationToken);
        return stored?.Value ?? new ReportProfileDocument { OwnerId = ownerId, Schedules = Defaults, UpdatedAt = DateTimeOffset.MinValue };
    }

    /// <summary>Replaces the owner's settings; the same settings again change nothing but the time.</summary>
    /// <exception cref="WarehouseValidationException">Every fault, by JSON pointer; nothing was stored.</exception>
    public async Task<ReportProfileDocument> PutAsync(string ownerId, IReadOnlyList<ReportSchedule>? schedules, string? x12Qualifier, string? x12Id, string? x12Version, CancellationToken cancellationToken)
    {
        var errors = Check(schedules, x12Qualifier, x12Id, x12Version);
        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        var profile = new ReportProfileDocument
        {
            OwnerId = ownerId,
            Schedules = schedules!,
            X12Qualifier = x12Qualifier?.ToUpperInvariant(),
            X12Id = x12Id,
            X12Version = x12Version,
            UpdatedAt = time.GetUtcNow(),
        };
        var container = await store.ContainerAsync(cancellationToken);
        await container.UpsertAsync(profile, cancellationToken: cancellationToken);
        return profile;
    }

    private static List<FieldError> Check(IReadOnlyList<ReportSchedule>? schedules, string? x12Qualifier, string? x12Id, string? x12Version)
    {
        var errors = new List<FieldError>();
        if (schedules is null)
        {
            errors.Add(new FieldError("/schedules", "'schedules' is required: the owner's standing reports ([] for none)."));
            return errors;
        }

        if (schedules.Count > MaxSchedules)
        {
            errors.Add(new FieldError("/schedules", $"At most {MaxSchedules} schedules."));
        }

        for (var i = 0; i < schedules.Count; i++)
        {
            var at = $"/schedules/{i}";
            var schedule = schedules[i];
            if (schedule is null)
            {
                errors.Add(new FieldError(at, "A schedule is an object."));
                continue;
            }

            if (schedule.Name is null || !NamePattern().IsMatch(schedule.Name))
            {
                errors.Add(new FieldError(at + "/name", "'name' is 1–40 lower-case letters, digits and '-'."));
            }
            else if (schedules.Take(i).Any(s => s?.Name == schedule.Name))
            {
                errors.Add(new FieldError(at + "/name", $"Two schedules are named '{schedule.Name}'."));
            }

            if (schedule.Kind is null || !ReportKinds.All.Contains(schedule.Kind))
            {
                errors.Add(new FieldError(at + "/kind", $"'kind' must be one of {string.Join(", ", ReportKinds.All)}."));
                continue;
            }

            if (WarehouseCron.Parse(schedule.Cron) is null)
            {
                errors.Add(new FieldError(at + "/cron", "'cron' must be an NCRONTAB expression of five fields (minute hour day month day-of-week) or six (seconds first), for example '0 0 * * *'."));
            }

            var ledger = schedule.Kind == ReportKinds.StockLedger;
            if (ledger && (schedule.Period is null || !ReportPeriods.All.Contains(schedule.Period)))
            {
                errors.Add(new FieldError(at + "/period", $"A stock ledger needs 'period': one of {string.Join(", ", ReportPeriods.All)}."));
            }

            if (!ledger && schedule.Period is not null)
            {
                errors.Add(new FieldError(at + "/period", $"A {schedule.Kind} report is as of its occurrence; it has no period."));
            }

            if (!ledger && schedule.Detail)
            {
                errors.Add(new FieldError(at + "/detail", "Only a stock ledger has movement detail."));
            }

            var allowed = ReportKinds.FormatsOf(schedule.Kind);
            for (var f = 0; f < (schedule.Formats?.Count ?? 0); f++)
            {
                if (!allowed.Contains(schedule.Formats![f]))
                {
                    errors.Add(new FieldError($"{at}/formats/{f}", $"A {schedule.Kind} report is written as {string.Join(" or ", allowed)}."));
                }
            }
        }

        if (x12Qualifier is not null && x12Qualifier.Length != 2)
        {
            errors.Add(new FieldError("/x12Qualifier", "'x12Qualifier' is the two-character ISA05/07 qualifier, for example ZZ or 01."));
        }

        if (x12Id is not null && (x12Id.Length is 0 or > 15 || x12Id.Any(c => c is '*' or '~' or '^' or ':' or '|' || char.IsControl(c))))
        {
            errors.Add(new FieldError("/x12Id", "'x12Id' is the owner's 1–15 character ISA id, without X12 delimiters."));
        }

        if (x12Version is not null and not ("00401" or "00501"))
        {
            errors.Add(new FieldError("/x12Version", "'x12Version' is 00401 or 00501."));
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex NamePattern();
}
