using Logistics.Application.Inbound.Intake;

namespace Logistics.Functions.Inbound;

/// <summary>
/// The answer to an X12 post: the acknowledgments as <c>application/edi-x12</c>; 202 with a <c>Location</c> and one
/// <c>Link</c> per accepted notice, 400 when none was taken because of a rejection, 200 when there was nothing to take (a 997).
/// </summary>
internal sealed class X12Result(X12IntakeResult result, IReadOnlyList<string> noticeUris) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = noticeUris.Count > 0 ? StatusCodes.Status202Accepted : result.HasRejections ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        if (noticeUris.Count > 0)
        {
            response.Headers.Location = noticeUris[0];
            response.Headers.Link = string.Join(", ", noticeUris.Select(u => $"<{u}>; rel=\"status\""));
        }

        response.ContentType = NoticeFunctions.X12MediaType;
        await response.WriteAsync(result.Acknowledgment, httpContext.RequestAborted);
    }
}
