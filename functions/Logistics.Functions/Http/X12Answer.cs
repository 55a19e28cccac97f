namespace Logistics.Functions.Http;

/// <summary>
/// The answer to an X12 post: the acknowledgments as <c>application/edi-x12</c>; 202 with a <c>Location</c> and one
/// <c>Link</c> per accepted document, 400 when none was taken because of a rejection, 200 when there was nothing to take (a 997).
/// </summary>
/// <param name="acknowledgment">The answering interchange (may be empty).</param>
/// <param name="hasRejections">True when the envelope or a set was rejected.</param>
/// <param name="uris">The accepted documents' addresses.</param>
internal sealed class X12Answer(string acknowledgment, bool hasRejections, IReadOnlyList<string> uris) : IResult
{
    /// <summary>The X12 media type.</summary>
    public const string MediaType = "application/edi-x12";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = uris.Count > 0 ? StatusCodes.Status202Accepted : hasRejections ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        if (uris.Count > 0)
        {
            response.Headers.Location = uris[0];
            response.Headers.Link = string.Join(", ", uris.Select(u => $"<{u}>; rel=\"status\""));
        }

        response.ContentType = MediaType;
        await response.WriteAsync(acknowledgment, httpContext.RequestAborted);
    }
}
