namespace Logistics.Storage.Tests.Blobs;

/// <summary>Passes requests on to the network and remembers what was sent (method, URL, headers).</summary>
public sealed class RecordingHandler : DelegatingHandler
{
    private readonly List<HttpRequestMessage> _requests = [];

    public RecordingHandler()
        : base(new SocketsHttpHandler())
    {
    }

    public IReadOnlyList<HttpRequestMessage> Requests
    {
        get
        {
            lock (_requests)
                return [.. _requests];
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests)
            _requests.Add(request);
        return base.SendAsync(request, cancellationToken);
    }
}
