using System.Security.Cryptography;
using System.Text;
using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Reports.Runs;

/// <summary>
/// Starts report runs: checks a <see cref="ReportRequest"/>, fixes its instants and file names, and starts one
/// <see cref="ReportRunOrchestrator"/> per distinct request.
/// </summary>
/// <remarks>
/// The run id is derived from what the request fixes (kind, instant or period, formats, detail), so asking twice for the
/// same report finds the first run instead of writing it again, and a schedule's occurrence is run once however many
/// timers see it.
/// </remarks>
public sealed class ReportRuns(BusinessCalendar calendar, TimeProvider time)
{
    /// <summary>What triggers an on-demand run.</summary>
    public const string OnDemand = "on-demand";

    /// <summary>Starts the run of <paramref name="request"/> unless it exists.</summary>
    /// <exception cref="WarehouseValidationException">The request is not a report the warehouse can write; nothing was started.</exception>
    public async Task<ReportRunStarted> StartAsync(DurableTaskClient client, string ownerId, ReportRequest request, CancellationToken cancellationToken)
    {
        var input = Resolve(ownerId, request, OnDemand, runId: null);
        return await StartAsync(client, input, cancellationToken);
    }

    /// <summary>Starts a resolved run (a schedule's occurrence) unless it exists.</summary>
    public static async Task<ReportRunStarted> StartAsync(DurableTaskClient client, ReportRunInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var instanceId = ReportIds.InstanceOf(input.OwnerId, input.RunId);
        await Instances.StartOnceAsync(client, nameof(ReportRunOrchestrator), instanceId, input, cancellationToken);
        return new ReportRunStarted(input.RunId, instanceId, [.. ReportFiles.FilesOf(input).Select(ReportFiles.NameOf)]);
    }

    /// <summary>
    /// Checks <paramref name="request"/> and fixes it as a run: the instant (now when not given) or period, the formats,
    /// the file stamp and the run id (<paramref name="runId"/>, or one derived from the request).
    /// </summary>
    /// <exception cref="WarehouseValidationException">Every fault of the request, by JSON pointer.</exception>
    public ReportRunInput Resolve(string ownerId, ReportRequest request, string trigger, string? runId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        var now = time.GetUtcNow();
        var kind = request.Kind;
        if (kind is null || !ReportKinds.All.Contains(kind))
        {
            throw new WarehouseValidationException("/kind", $"'kind' must be one of {string.Join(", ", ReportKinds.All)}.");
        }

        var allowed = ReportKinds.FormatsOf(kind);
        var formats = request.Formats is null or { Count: 0 } ? allowed : [.. request.Formats.Distinct(StringComparer.Ordinal)];
        for (var i = 0; i < formats.Count; i++)
        {
            if (!allowed.Contains(formats[i]))
            {
                errors.Add(new FieldError($"/formats/{i}", $"A {kind} report is written as {string.Join(" or ", allowed)}, not '{formats[i]}'."));
            }
        }

        DateTimeOffset? asOf = null;
        DateOnly? from = null, to = null;
        string stamp;
        if (kind == ReportKinds.StockLedger)
        {
            Refuse(errors, request.AsOf is not null, "/asOf", "A stock ledger covers whole business days: give 'from' and 'to', not 'asOf'.");
            Refuse(errors, request.Date is not null, "/date", "A stock ledger covers whole business days: give 'from' and 'to', not 'date'.");
            Refuse(errors, request.From is null, "/from", "'from' (yyyy-MM-dd), the ledger's first business day, is required.");
            Refuse(errors, request.To is null, "/to", "'to' (yyyy-MM-dd), the ledger's last business day, is required.");
            Refuse(errors, request.From > request.To, "/from", "'from' must not be after 'to'.");
            Refuse(errors, request.To >= calendar.DateOf(now), "/to",
                $"'to' must be a business day that has ended (before {calendar.DateOf(now):yyyy-MM-dd}): a ledger of a period still running would change. Today's stock is the current-stock list.");
            from = request.From;
            to = request.To;
            stamp = from is { } f && to is { } t ? ReportFiles.StampOf(f, t) : string.Empty;
        }
        else
        {
            Refuse(errors, request.From is not null || request.To is not null, request.From is not null ? "/from" : "/to",
                $"A {kind} report is as of one instant: give 'asOf' or 'date', not a period.");
            Refuse(errors, request.Detail is true, "/detail", "Only a stock ledger has movement detail.");
            Refuse(errors, request.AsOf is not null && request.Date is not null, "/date", "Give 'asOf' or 'date', not both.");
            asOf = request.Date is { } day ? calendar.StartOfDay(day) : request.AsOf ?? now;
            Refuse(errors, asOf > now, request.Date is null ? "/asOf" : "/date", "A report is exact only at an instant that has passed; this one is in the future.");
            var local = calendar.ToLocal(asOf.Value);
            stamp = ReportFiles.StampOf(local, calendar.ToLocal(calendar.StartOfDay(calendar.DateOf(asOf.Value))));
        }

        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        var detail = request.Detail is true;
        var input = new ReportRunInput(string.Empty, ownerId, kind, asOf, from, to, detail, formats, stamp, trigger);
        return input with { RunId = runId ?? DeriveRunId(input) };
    }

    // kind-stamp-hash: readable in listings, and unique per distinct request (the hash covers the exact instant, which the
    // stamp shows only to the second, and the formats and detail).
    private static string DeriveRunId(ReportRunInput input)
    {
        var fixedPart = $"{input.Kind}|{input.AsOf?.UtcTicks}|{input.From}|{input.To}|{input.Detail}|{string.Join(',', input.Formats)}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fixedPart)))[..10];
        return $"{input.Kind}-{input.Stamp}-{hash}";
    }

    private static void Refuse(List<FieldError> errors, bool condition, string pointer, string message)
    {
        if (condition)
        {
            errors.Add(new FieldError(pointer, message));
        }
    }
}
