using Logistics.Functions.Hosting;
using Logistics.Storage.Documents;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Health;

/// <summary><c>GET /api/health</c>: liveness (the process answers) and readiness (the document store answers).</summary>
/// <remarks>Anonymous and not rate limited, so probes never need a key nor get throttled.</remarks>
public sealed class HealthFunction(IDocumentStore store, AppRuntime runtime, TimeProvider time, ILogger<HealthFunction> logger)
{
    /// <summary>200 when ready, 503 when the document store cannot be reached.</summary>
    [Function("Health")]
    public async Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = time.GetTimestamp();
        string documents;
        try
        {
            await store.PingAsync(request.HttpContext.RequestAborted);
            documents = HealthReport.Healthy;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logs.ReadinessFailed(logger, ex);
            documents = HealthReport.Unhealthy;
        }

        var report = new HealthReport(
            documents,
            runtime.Name,
            new Dictionary<string, string> { ["process"] = HealthReport.Healthy, ["documents"] = documents },
            time.GetElapsedTime(started).TotalMilliseconds);
        return TypedResults.Json(report, statusCode: documents == HealthReport.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
