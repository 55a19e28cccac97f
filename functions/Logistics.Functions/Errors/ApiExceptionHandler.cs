using System.Text.Json;
using Logistics.Functions.Hosting;
using Microsoft.AspNetCore.Diagnostics;

namespace Logistics.Functions.Errors;

/// <summary>Turns exceptions escaping endpoints into problem details; unexpected ones become a bare 500.</summary>
public sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        switch (exception)
        {
            case BadHttpRequestException { InnerException: JsonException json }:
                await JsonProblem.WriteAsync(httpContext, json);
                return true;
            case JsonException json:
                await JsonProblem.WriteAsync(httpContext, json);
                return true;
            case BadHttpRequestException bad:
                await ProblemWriter.WriteAsync(httpContext, bad.StatusCode, ProblemTypes.ForStatus(bad.StatusCode), DetailFor(bad));
                return true;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                // The client went away; nobody is left to read an answer.
                return true;
            default:
                Logs.UnhandledRequestException(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
                await ProblemWriter.WriteAsync(
                    httpContext,
                    StatusCodes.Status500InternalServerError,
                    ProblemTypes.Internal,
                    "The server failed to process the request; the trace id identifies it in the server log.");
                return true;
        }
    }

    private static string DetailFor(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body exceeds the size limit.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => exception.Message,
    };
}
