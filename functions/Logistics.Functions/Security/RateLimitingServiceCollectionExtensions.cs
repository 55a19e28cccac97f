using System.Globalization;
using System.Threading.RateLimiting;
using Logistics.Functions.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Security;

/// <summary>Registers the per-key rate limiter.</summary>
public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// A fixed window per API key (partitioned by the key's hash, so the raw key is never held as a dictionary key)
    /// or, without a key, per client address; rejections answer 429 problem details with <c>Retry-After</c>.
    /// </summary>
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
            limiter.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        var key = context.Request.Headers[ApiKeyDefaults.HeaderName].ToString();
        var (partition, permits) = key.Length > 0
            ? ("key:" + ApiKeys.Hash(key), options.PermitsPerWindow)
            : ("ip:" + ClientAddress(context), options.AnonymousPermitsPerWindow);
        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(options.WindowSeconds),
            QueueLimit = 0,
        });
    }

    // Behind the Functions host every request arrives from loopback; the host passes the client in X-Forwarded-For.
    private static string? ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address) &&
        context.Request.Headers["X-Forwarded-For"].ToString() is { Length: > 0 } forwarded
            ? forwarded.Split(',')[0].Trim()
            : context.Connection.RemoteIpAddress?.ToString();

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : context.HttpContext.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.WindowSeconds;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ProblemWriter.WriteAsync(
            context.HttpContext,
            StatusCodes.Status429TooManyRequests,
            ProblemTypes.RateLimited,
            $"Too many requests for this key; retry after {seconds} s.",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }
}
