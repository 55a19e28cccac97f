using Logistics.Application.Alerts;
using Logistics.Application.Warehouse;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Alerts;

/// <summary>Stock alerts through the API: a publisher's own alerts and settings, and any owner's alerts for ops.</summary>
public sealed class AlertFunctions(HttpApi api, AlertQueries queries, AlertSettings settings, StockAlertEvaluator evaluator, IOptions<WarehouseOptions> warehouse)
{
    /// <summary><c>GET /api/alerts?state=active|all&amp;pageSize=&amp;continuationToken=</c>: the publisher's active alerts, or every alert ever raised.</summary>
    [Function("ListAlerts")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "alerts")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, call => PageAsync(call, call.PublisherId));

    /// <summary><c>GET /api/ops/alerts?owner=&amp;state=active|all&amp;pageSize=&amp;continuationToken=</c>: one owner's alerts, for ops.</summary>
    [Function("ListOwnerAlerts")]
    public Task<IResult> ListForOpsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/alerts")] HttpRequest request) =>
        api.RunAsync(request, Access.Ops, call => PageAsync(call, call.Query.String("owner")));

    /// <summary><c>GET /api/alerts/settings</c>: the publisher's thresholds and expiry window (the defaults until it sets its own).</summary>
    [Function("GetAlertSettings")]
    public Task<IResult> GetSettingsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "alerts/settings")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
            TypedResults.Ok(AlertSettingsView.From(await settings.GetAsync(call.PublisherId, call.Cancellation), warehouse.Value.TimeZone)));

    /// <summary>
    /// <c>PUT /api/alerts/settings</c> with an <see cref="AlertSettingsRequest"/>: replaces the settings, then settles the
    /// publisher's alerts on them at once (a threshold raised above an item's stock raises its alert now, not at the next pass).
    /// </summary>
    [Function("PutAlertSettings")]
    public Task<IResult> PutSettingsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "alerts/settings")] HttpRequest request) =>
        api.RunAsync<AlertSettingsRequest>(request, Access.Publisher, async (call, body) =>
        {
            var stored = await settings.PutAsync(call.PublisherId, body.LowStockThreshold, body.SkuThresholds, body.ExpiryWindowDays, call.Cancellation);
            await evaluator.EvaluateOwnerAsync(call.PublisherId, call.Cancellation);
            return TypedResults.Ok(AlertSettingsView.From(stored, warehouse.Value.TimeZone));
        });

    private async Task<IResult> PageAsync(ApiCall call, string? owner)
    {
        var query = call.Query;
        if (owner is null)
        {
            query.Fail("owner", "'owner' (the publisher id) is required.");
        }

        var state = query.String("state") ?? "active";
        if (state is not ("active" or "all"))
        {
            query.Fail("state", $"'state' must be active or all, not '{state}'.");
        }

        var pageSize = query.Int("pageSize", 100, 1, 1000);
        if (query.Errors.Count > 0)
        {
            return Problems.Validation([.. query.Errors]);
        }

        var (alerts, token) = await queries.ListAsync(owner!, state == "all", pageSize, query.String("continuationToken"), call.Cancellation);
        return TypedResults.Ok(new AlertPage([.. alerts.Select(AlertView.From)], token));
    }
}
