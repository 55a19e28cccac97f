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

        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(_options.WindowSeconds);
        return TooManyRequests(request, wait, "Too many requests for this key");
    }

    /// <summary>429 problem details with <c>Retry-After</c> (whole seconds, at least 1) and <c>retryAfterSeconds</c>.</summary>
    public static IResult TooManyRequests(HttpRequest request, TimeSpan wait, string reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problems.Of(StatusCodes.Status429TooManyRequests, ProblemTypes.RateLimited, $"{reason}; retry after {seconds} s.",
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }

    /// <inheritdoc/>
    public void Dispose() => _limiter.Dispose();

    private RateLimitPartition<string> Partition(HttpRequest request)
    {
        var key = request.Headers[ApiKeyDefaults.HeaderName].ToString();
        var (partition, permits) = key.Length > 0
            ? ("key:" + ApiKeys.Hash(key), _options.PermitsPerWindow)
            : ("ip:" + ClientAddress.Of(request.HttpContext), _options.AnonymousPermitsPerWindow);
        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(_options.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
