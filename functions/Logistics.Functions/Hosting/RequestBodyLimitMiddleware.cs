using Logistics.Functions.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Hosting;

/// <summary>
/// Enforces <see cref="RequestLimitsOptions.MaxRequestBodyBytes"/>: a declared length over the limit is refused at once
/// with 413 problem details; a chunked body is cut off by the server's limit while it is read (surfacing as a 413
/// <see cref="BadHttpRequestException"/>, mapped by <see cref="ApiExceptionHandler"/>).
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await ProblemWriter.WriteAsync(
                context,
                StatusCodes.Status413PayloadTooLarge,
                ProblemTypes.PayloadTooLarge,
                $"The request body exceeds the limit of {limit} bytes.",
                new Dictionary<string, object?> { ["maxBytes"] = limit });
            return;
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
