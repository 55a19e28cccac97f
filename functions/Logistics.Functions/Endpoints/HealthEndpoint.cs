using Logistics.Functions.Hosting;
using Logistics.Storage.Documents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Logistics.Functions.Endpoints;

/// <summary><c>GET /api/health</c>: liveness (the process answers) and readiness (the document store answers).</summary>
public static class HealthEndpoint
{
    /// <summary>200 when ready, 503 when the document store cannot be reached.</summary>
    public static async Task<JsonHttpResult<HealthReport>> GetAsync(
        IDocumentStore store,
        HostMode mode,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        string documents;
        try
        {
            await store.PingAsync(cancellationToken);
            documents = HealthReport.Healthy;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logs.ReadinessFailed(loggers.CreateLogger(typeof(HealthEndpoint)), ex);
            documents = HealthReport.Unhealthy;
        }

        var report = new HealthReport(
            documents,
            mode.IsCustomHandler ? "azure-functions" : "standalone",
            new Dictionary<string, string> { ["process"] = HealthReport.Healthy, ["documents"] = documents },
            time.GetElapsedTime(started).TotalMilliseconds);
        return TypedResults.Json(report, statusCode: documents == HealthReport.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
