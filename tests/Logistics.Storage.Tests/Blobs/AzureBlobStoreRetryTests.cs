using Azure;
using Logistics.Storage.Azure.Blobs;
using Logistics.Storage.Blobs;
using Logistics.Storage.Tests.Emulators;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// Retries are the SDK's, configured from the options. A loopback port nobody listens on refuses every connection for
/// real, so the attempts counted here are real sends, with millisecond backoff so the tests stay fast.
/// </summary>
public sealed class AzureBlobStoreRetryTests
{
    private readonly RequestRecorder _recorder = new();

    [Fact]
    public async Task A_refused_connection_is_retried_the_configured_number_of_times_then_fails_with_every_attempt()
    {
        var ex = await Assert.ThrowsAsync<AggregateException>(() => StoreOnAClosedPort(retries: 2).GetAsync("r.csv"));

        Assert.Equal(3, _recorder.Requests.Count);
        Assert.Equal(3, ex.InnerExceptions.Count);
        Assert.All(ex.InnerExceptions, inner => Assert.IsType<HttpRequestException>(Assert.IsType<RequestFailedException>(inner).InnerException));
    }

    [Fact]
    public async Task Zero_retries_sends_once_and_fails_with_the_transport_error()
    {
        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => StoreOnAClosedPort(retries: 0).DeleteAsync("r.csv"));

        Assert.Single(_recorder.Requests);
        Assert.Equal(0, ex.Status);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_retried()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StoreOnAClosedPort(3).GetAsync("r.csv", cancelled.Token));

        Assert.Single(_recorder.Requests);
    }

    private AzureBlobStore StoreOnAClosedPort(int retries) =>
        new(AzuriteFixture.Options(o =>
        {
            o.ContainerUrl = $"http://127.0.0.1:{EmulatorProcess.FreeLoopbackPort()}/{AzuriteFixture.AccountName}/reports";
            o.AccountName = AzuriteFixture.AccountName;
            o.AccountKey = AzuriteFixture.AccountKey;
            o.MaxRetryAttempts = retries;
            o.ConfigureClientOptions = _recorder.AttachTo;
        }));
}
