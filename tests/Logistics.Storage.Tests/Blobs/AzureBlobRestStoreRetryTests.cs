using System.Net;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Blobs;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>Retries on transient answers, with millisecond backoff so the tests stay fast.</summary>
public sealed class AzureBlobRestStoreRetryTests
{
    private static AzureBlobRestStore StoreOver(StubHandler handler, int maxRetries = 3) =>
        new(
            new HttpClient(handler),
            new AzureBlobStoreOptions
            {
                ContainerUrl = "http://127.0.0.1:1/devstoreaccount1/reports",
                AccountName = AzuriteFixture.AccountName,
                AccountKey = AzuriteFixture.AccountKey,
                MaxRetryAttempts = maxRetries,
                RetryBaseDelay = TimeSpan.FromMilliseconds(1),
                RetryMaxDelay = TimeSpan.FromMilliseconds(5),
            });

    [Fact]
    public async Task A_put_succeeds_after_two_503_answers()
    {
        var handler = new StubHandler(
            StubHandler.Status(HttpStatusCode.ServiceUnavailable, "ServerBusy"),
            StubHandler.Status(HttpStatusCode.ServiceUnavailable, "ServerBusy"),
            StubHandler.Status(HttpStatusCode.Created));

        await StoreOver(handler).PutAsync("r.csv", "x"u8.ToArray(), "text/csv");

        Assert.Equal(3, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.StartsWith("SharedKey devstoreaccount1:", r.Authorization, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Every_transient_status_is_retried(HttpStatusCode status)
    {
        var handler = new StubHandler(StubHandler.Status(status), StubHandler.Status(HttpStatusCode.Accepted));

        Assert.True(await StoreOver(handler).DeleteAsync("r.csv"));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_transport_error_is_retried()
    {
        var handler = new StubHandler(StubHandler.Throw("connection reset"), StubHandler.Status(HttpStatusCode.Created));

        await StoreOver(handler).PutAsync("r.csv", "x"u8.ToArray(), "text/csv");

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task After_the_configured_retries_the_put_fails_with_the_last_status_and_the_attempt_count()
    {
        var handler = new StubHandler(StubHandler.Status(HttpStatusCode.ServiceUnavailable, "ServerBusy"));

        var ex = await Assert.ThrowsAsync<BlobRequestFailedException>(
            () => StoreOver(handler, maxRetries: 2).PutAsync("r.csv", "x"u8.ToArray(), "text/csv"));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(3, ex.Attempts);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal("ServerBusy", ex.ErrorCode);
        Assert.Contains("Put Blob 'r.csv' failed with 503 ServerBusy after 3 attempt(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transport_errors_to_the_end_fail_with_the_attempt_count_and_the_cause()
    {
        var handler = new StubHandler(StubHandler.Throw("connection refused"));

        var ex = await Assert.ThrowsAsync<BlobRequestFailedException>(() => StoreOver(handler, maxRetries: 1).GetAsync("r.csv"));

        Assert.Equal(2, handler.Requests.Count);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Contains("after 2 attempt(s): connection refused", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_create_only_conflict_is_not_retried()
    {
        var handler = new StubHandler(StubHandler.Status(HttpStatusCode.Conflict, "BlobAlreadyExists"));

        await Assert.ThrowsAsync<BlobAlreadyExistsException>(
            () => StoreOver(handler).PutAsync("r.csv", "x"u8.ToArray(), "text/csv", BlobWriteMode.CreateOnly));

        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_precondition_failure_on_create_only_is_a_conflict_too()
    {
        var handler = new StubHandler(StubHandler.Status(HttpStatusCode.PreconditionFailed, "ConditionNotMet"));

        await Assert.ThrowsAsync<BlobAlreadyExistsException>(
            () => StoreOver(handler).PutAsync("r.csv", "x"u8.ToArray(), "text/csv", BlobWriteMode.CreateOnly));
    }

    [Fact]
    public async Task Zero_retries_sends_once()
    {
        var handler = new StubHandler(StubHandler.Status(HttpStatusCode.ServiceUnavailable));

        var ex = await Assert.ThrowsAsync<BlobRequestFailedException>(() => StoreOver(handler, maxRetries: 0).DeleteAsync("r.csv"));

        Assert.Single(handler.Requests);
        Assert.Equal(1, ex.Attempts);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_retried_or_wrapped()
    {
        var handler = new StubHandler(StubHandler.Status(HttpStatusCode.ServiceUnavailable));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StoreOver(handler).GetAsync("r.csv", cancelled.Token));
    }
}
