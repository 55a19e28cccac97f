using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Dashboard;

/// <summary>
/// <c>GET /api/dashboard/{*path}</c>: the ops dashboard's page, script and styles, without a key (they hold no data; every
/// piece of data comes from ops-only endpoints, called by the page with the ops key the user signed in with).
/// </summary>
public sealed class DashboardAssetFunction(HttpApi api)
{
    /// <summary>The page, or one of its files; 404 for anything else.</summary>
    [Function("DashboardAssets")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/{*path}")] HttpRequest request,
        string? path) =>
        api.RunAsync(request, Access.Anonymous, call =>
        {
            var response = call.Request.HttpContext.Response;
            if (string.IsNullOrEmpty(path) && !call.Request.Path.Value!.EndsWith('/'))
            {
                // The page's links are relative to /api/dashboard/: a bare /api/dashboard moves there.
                return Task.FromResult<IResult>(TypedResults.Redirect("dashboard/"));
            }

            var asset = DashboardAssets.Find(string.IsNullOrEmpty(path) ? "index.html" : path);
            if (asset is null)
            {
                return Task.FromResult(Problems.NotFound($"The dashboard has no file '{path}'."));
            }

            var headers = response.Headers;
            headers.ContentSecurityPolicy = DashboardAssets.ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers.CacheControl = "no-cache";
            headers.ETag = asset.ETag;
            if (call.Request.Headers.IfNoneMatch.Any(v => v == asset.ETag))
            {
                return Task.FromResult<IResult>(TypedResults.StatusCode(StatusCodes.Status304NotModified));
            }

            return Task.FromResult<IResult>(TypedResults.Bytes(asset.Content, asset.ContentType));
        });
}
