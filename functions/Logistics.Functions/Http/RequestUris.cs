namespace Logistics.Functions.Http;

/// <summary>Absolute links the API hands out, built from the request so they hold behind any host name or path base.</summary>
public static class RequestUris
{
    /// <summary>The scheme, host and path base of <paramref name="request"/>, without a trailing slash.</summary>
    public static string BaseOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
