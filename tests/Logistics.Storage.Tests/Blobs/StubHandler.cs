using System.Net;

namespace Logistics.Storage.Tests.Blobs;

/// <summary>
/// Answers requests from a script (one step per request, the last step repeating) and records them; for what Azurite
/// cannot show: transient failures and bearer tokens.
/// </summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly Func<int, HttpRequestMessage, HttpResponseMessage>[] _steps;
    private readonly List<(HttpMethod Method, Uri Uri, string? Authorization, string? Version)> _requests = [];

    public StubHandler(params Func<int, HttpRequestMessage, HttpResponseMessage>[] steps)
    {
        _steps = steps;
    }

    public IReadOnlyList<(HttpMethod Method, Uri Uri, string? Authorization, string? Version)> Requests
    {
        get
        {
            lock (_requests)
                return [.. _requests];
        }
    }

    public static Func<int, HttpRequestMessage, HttpResponseMessage> Status(HttpStatusCode status, string? errorCode = null) =>
        (_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new ByteArrayContent([]) };
            if (errorCode is not null)
                response.Headers.TryAddWithoutValidation("x-ms-error-code", errorCode);
            return response;
        };

    public static Func<int, HttpRequestMessage, HttpResponseMessage> Throw(string message) =>
        (_, _) => throw new HttpRequestException(message);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int index;
        lock (_requests)
        {
            index = _requests.Count;
            _requests.Add((
                request.Method,
                request.RequestUri!,
                request.Headers.Authorization?.ToString(),
                request.Headers.TryGetValues("x-ms-version", out var v) ? v.Single() : null));
        }

        var step = _steps[Math.Min(index, _steps.Length - 1)];
        return Task.FromResult(step(index, request));
    }
}
