using System.Globalization;
using System.Threading.RateLimiting;
using Logistics.Functions.Errors;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Security;

/// <summary>
/// A fixed window per API key (partitioned by the key's hash, so the raw key is never held as a dictionary key) or,
/// without a key, per client address; a refusal answers 429 problem details with <c>Retry-After</c>.
/// </summary>
public sealed class ApiRateLimiter : IDisposable
{
    private readonly RateLimitingOptions _options;
    private readonly PartitionedRateLimiter<HttpRequest> _limiter;

    public ApiRateLimiter(IOptions<RateLimitingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _limiter = PartitionedRateLimiter.Create<HttpRequest, string>(Partition);
    }

    /// <summary>Takes one permit; null when granted, else the 429 answer.</summary>
    public IResult? TryAcquire(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = _limiter.AttemptAcquire(request);
        if (lease.IsAcquired)
        {
            return null;
        }

        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : _options.WindowSeconds;
        request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problems.Of(StatusCodes.Status429TooManyRequests, ProblemTypes.RateLimited, $"Too many requests for this key; retry after {seconds} s.",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }

    /// <inheritdoc/>
    public void Dispose() => _limiter.Dispose();

    private RateLimitPartition<string> Partition(HttpRequest request)
    {
        var key = request.Headers[ApiKeyDefaults.HeaderName].ToString();
        var (partition, permits) = key.Length > 0
            ? ("key:" + ApiKeys.Hash(key), _options.PermitsPerWindow)
            : ("ip:" + ClientAddress(request.HttpContext), _options.AnonymousPermitsPerWindow);
        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(_options.WindowSeconds),
            QueueLimit = 0,
        });
    }

    // Behind the Functions host every request arrives from the host on loopback; the host passes the client in
    // X-Forwarded-For (the ASP.NET Core integration applies it to RemoteIpAddress, the loopback check covers the rest).
    private static string? ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address) &&
        context.Request.Headers["X-Forwarded-For"].ToString() is { Length: > 0 } forwarded
            ? forwarded.Split(',')[0].Trim()
            : context.Connection.RemoteIpAddress?.ToString();
}
