namespace Logistics.Functions.Errors;

/// <summary>
/// Stable RFC 9457 <c>type</c> URIs, one per kind of error. URNs rather than URLs: they identify, they are not
/// meant to be dereferenced, and they do not pretend to own a domain.
/// </summary>
public static class ProblemTypes
{
    /// <summary>The request is well-formed JSON but its content is invalid (unknown or duplicate member, wrong type, rule).</summary>
    public const string Validation = "urn:logistics:problem:validation";

    /// <summary>The body is not well-formed JSON.</summary>
    public const string MalformedJson = "urn:logistics:problem:malformed-json";

    /// <summary>No or an unknown API key.</summary>
    public const string Unauthorized = "urn:logistics:problem:unauthorized";

    /// <summary>The key's role may not do this.</summary>
    public const string Forbidden = "urn:logistics:problem:forbidden";

    /// <summary>No such resource for this caller.</summary>
    public const string NotFound = "urn:logistics:problem:not-found";

    /// <summary>The method is not allowed on this route.</summary>
    public const string MethodNotAllowed = "urn:logistics:problem:method-not-allowed";

    /// <summary>The request conflicts with the current state.</summary>
    public const string Conflict = "urn:logistics:problem:conflict";

    /// <summary>The target exists but no longer accepts the request (a finished orchestration).</summary>
    public const string Gone = "urn:logistics:problem:gone";

    /// <summary>The body is larger than allowed.</summary>
    public const string PayloadTooLarge = "urn:logistics:problem:payload-too-large";

    /// <summary>The content type is not accepted.</summary>
    public const string UnsupportedMediaType = "urn:logistics:problem:unsupported-media-type";

    /// <summary>Too many requests for this key.</summary>
    public const string RateLimited = "urn:logistics:problem:rate-limited";

    /// <summary>A dependency (the document store) is unavailable.</summary>
    public const string Unavailable = "urn:logistics:problem:unavailable";

    /// <summary>An unexpected failure; details are in the server log under the trace id.</summary>
    public const string Internal = "urn:logistics:problem:internal";

    /// <summary>Any other client error.</summary>
    public const string BadRequest = "urn:logistics:problem:bad-request";

    /// <summary>The type for a status code when nothing more specific is known.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        409 => Conflict,
        410 => Gone,
        413 => PayloadTooLarge,
        415 => UnsupportedMediaType,
        422 => Validation,
        429 => RateLimited,
        503 => Unavailable,
        _ => status >= 500 ? Internal : BadRequest,
    };

    /// <summary>A short title per type.</summary>
    public static string Title(string type) => type switch
    {
        Validation => "The request is invalid.",
        MalformedJson => "The request body is not well-formed JSON.",
        Unauthorized => "Authentication required.",
        Forbidden => "Not allowed.",
        NotFound => "Not found.",
        MethodNotAllowed => "Method not allowed.",
        Conflict => "Conflict.",
        Gone => "No longer available.",
        PayloadTooLarge => "The request body is too large.",
        UnsupportedMediaType => "Unsupported media type.",
        RateLimited => "Too many requests.",
        Unavailable => "Service unavailable.",
        Internal => "An unexpected error occurred.",
        _ => "Bad request.",
    };
}
