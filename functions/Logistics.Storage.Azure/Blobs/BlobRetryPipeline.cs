using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>
/// Exponential backoff with jitter on the answers Azure Storage documents as transient (408, 429, 500, 502, 503, 504)
/// and on transport failures, including HttpClient's own timeout.
/// </summary>
internal static class BlobRetryPipeline
{
    /// <summary>The operation and blob of the current call, for the retry log line.</summary>
    internal static readonly ResiliencePropertyKey<string> OperationKey = new("Logistics.Blob.Operation");

    internal static readonly ResiliencePropertyKey<string> BlobNameKey = new("Logistics.Blob.Name");

    internal static ResiliencePipeline<HttpResponseMessage> Create(AzureBlobStoreOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts == 0)
            return builder.Build();

        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.RetryMaxDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException } => true,

                // HttpClient.Timeout surfaces as a cancellation the caller did not ask for.
                { Exception: OperationCanceledException } => !args.Context.CancellationToken.IsCancellationRequested,
                { Result: { } response } => IsTransient(response.StatusCode),
                _ => false,
            }),
            OnRetry = args =>
            {
                AzureBlobLog.Retrying(
                    logger,
                    args.Context.Properties.GetValue(OperationKey, "request"),
                    args.Context.Properties.GetValue(BlobNameKey, string.Empty),
                    args.Outcome.Result?.StatusCode,
                    args.Outcome.Exception?.GetType().Name ?? args.Outcome.Result?.ReasonPhrase ?? string.Empty,
                    args.AttemptNumber + 1,
                    args.RetryDelay);

                // The failed answer is dropped: release its connection before waiting.
                args.Outcome.Result?.Dispose();
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
