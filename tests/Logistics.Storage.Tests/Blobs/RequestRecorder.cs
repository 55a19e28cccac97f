using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// Records the method and URL of every attempt the SDK sends (a per-retry pipeline policy): the requests are real and
/// reach the emulator, the recorder only watches them.
/// </summary>
public sealed class RequestRecorder : HttpPipelineSynchronousPolicy
{
    private readonly List<(RequestMethod Method, Uri Uri)> _requests = [];

    public IReadOnlyList<(RequestMethod Method, Uri Uri)> Requests
    {
        get
        {
            lock (_requests)
                return [.. _requests];
        }
    }

    /// <summary>Adds this recorder to <paramref name="options"/>, for <c>AzureBlobStoreOptions.ConfigureClientOptions</c>.</summary>
    public void AttachTo(BlobClientOptions options) => options.AddPolicy(this, HttpPipelinePosition.PerRetry);

    public override void OnSendingRequest(HttpMessage message)
    {
        lock (_requests)
            _requests.Add((message.Request.Method, message.Request.Uri.ToUri()));
    }
}
