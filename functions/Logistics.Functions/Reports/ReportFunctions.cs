using System.Globalization;
using Logistics.Application.Reports.Runs;
using Logistics.Application.Reports.Schedules;
using Logistics.Application.StockControl.Counts;
using Logistics.Application.Warehouse;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Logistics.Functions.Management;
using Logistics.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Reports;

/// <summary>
/// A publisher's stock reports: runs on demand (a durable orchestration each), the files in blob storage, and the
/// standing reports that run on the owner's schedules.
/// </summary>
public sealed class ReportFunctions(HttpApi api, ReportRuns runs, ReportProfiles profiles, IBlobStore blobs, IOptions<WarehouseOptions> warehouse)
{
    /// <summary>
    /// <c>POST /api/reports</c> with a <see cref="ReportRequest"/>: starts the run (202 with its status link and the
    /// files it writes); the same request again answers with the same run.
    /// </summary>
    [Function("PostReport")]
    public Task<IResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "reports")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<ReportRequest>(request, Access.Publisher, async (call, body) =>
        {
            var started = await runs.StartAsync(durable, call.PublisherId, body, call.Cancellation);
            var statusUri = RunUri(request, started.RunId);
            return TypedResults.Accepted(statusUri, new ReportRunAccepted(started.RunId, statusUri, started.Files));
        });

    /// <summary><c>GET /api/reports/runs/{runId}</c>: 202 with <c>Retry-After</c> and the progress while the run writes, 200 with its files when done.</summary>
    [Function("GetReportRun")]
    public Task<IResult> GetRunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/runs/{runId}")] HttpRequest request,
        string runId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var instance = ReportIds.IsRunId(runId)
                ? await durable.GetInstanceAsync(ReportIds.InstanceOf(call.PublisherId, runId), getInputsAndOutputs: true, call.Cancellation)
                : null;
            if (instance is null)
            {
                return Problems.NotFound($"There is no report run '{runId}'; POST /api/reports starts one.");
            }

            var status = ReportRunStatus.From(runId, instance);
            if (instance.IsCompleted)
            {
                return TypedResults.Ok(status);
            }

            request.HttpContext.Response.Headers.RetryAfter = DurableInstanceFunctions.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Accepted(RunUri(request, runId), status);
        });

    /// <summary><c>GET /api/reports?kind=</c>: the publisher's report files (and statements), by name.</summary>
    [Function("ListReports")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var kind = call.Query.String("kind");
            if (kind is not null && !IsFolder(kind))
            {
                return Problems.Validation(("/kind", $"'kind' must be one of {string.Join(", ", ReportKinds.All.Append(ReportFiles.Statements).Append(InventoryAdjustments.Folder))}."));
            }

            var folder = ReportFiles.FolderOf(call.PublisherId);
            var files = new List<ReportFileView>();
            await foreach (var blob in blobs.ListAsync(folder + (kind is null ? string.Empty : kind + "/"), call.Cancellation))
            {
                if (ReportFileView.From(blob, folder, RequestUris.BaseOf(request)) is { } view)
                {
                    files.Add(view);
                }
            }

            return TypedResults.Ok(files);
        });

    /// <summary><c>GET /api/reports/files/{kind}/{file}</c>: streams one of the publisher's report files.</summary>
    [Function("GetReportFile")]
    public Task<IResult> GetFileAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/files/{kind}/{file}")] HttpRequest request,
        string kind,
        string file) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var name = ReportFiles.FolderOf(call.PublisherId) + kind + "/" + file;
            var download = IsFolder(kind) && !file.Contains('/', StringComparison.Ordinal) && BlobName.IsValid(name)
                ? await blobs.OpenReadAsync(name, call.Cancellation)
                : null;
            return download is null
                ? Problems.NotFound($"There is no report file {kind}/{file}; GET /api/reports lists them.")
                : TypedResults.Stream(download.Content, download.ContentType, fileDownloadName: null, lastModified: download.LastModified);
        });

    /// <summary><c>GET /api/reports/settings</c>: the publisher's standing reports (the defaults until it sets its own) and its 846 address.</summary>
    [Function("GetReportSettings")]
    public Task<IResult> GetSettingsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/settings")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
            TypedResults.Ok(ReportSettingsView.From(await profiles.GetAsync(call.PublisherId, call.Cancellation), warehouse.Value.TimeZone)));

    /// <summary><c>PUT /api/reports/settings</c> with a <see cref="ReportSettingsRequest"/>: replaces the standing reports and the 846 address.</summary>
    [Function("PutReportSettings")]
    public Task<IResult> PutSettingsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "reports/settings")] HttpRequest request) =>
        api.RunAsync<ReportSettingsRequest>(request, Access.Publisher, async (call, body) =>
        {
            call.Audit.Before = ReportSettingsView.From(await profiles.GetAsync(call.PublisherId, call.Cancellation), warehouse.Value.TimeZone);
            var stored = await profiles.PutAsync(call.PublisherId, body.Schedules, body.X12Qualifier, body.X12Id, body.X12Version, call.Cancellation);
            return TypedResults.Ok(ReportSettingsView.From(stored, warehouse.Value.TimeZone));
        });

    private static bool IsFolder(string kind) => ReportKinds.All.Contains(kind) || kind == ReportFiles.Statements || kind == InventoryAdjustments.Folder;

    private static string RunUri(HttpRequest request, string runId) => $"{RequestUris.BaseOf(request)}/api/reports/runs/{Uri.EscapeDataString(runId)}";
}
