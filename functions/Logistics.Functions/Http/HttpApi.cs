using System.Text.Json;
using Logistics.Application.Common;
using Logistics.Domain.Common;
using Logistics.Functions.Audit;
using Logistics.Functions.Errors;
using Logistics.Functions.Hosting;
using Logistics.Functions.Security;
using Logistics.Storage.Documents;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Http;

/// <summary>
/// Runs every HTTP function the same way in both runtimes: rate limit, refuse a client address that failed
/// authentication too often, authenticate the <c>X-Api-Key</c>, check the function's <see cref="Access"/>, read a
/// strict JSON body, call the handler, record a successful write in the audit log (<see cref="AuditPolicy"/>), and turn
/// failures into RFC 9457 problem details.
/// </summary>
/// <remarks>
/// This lives in the function call, not in ASP.NET Core middleware, because the Functions host's ASP.NET Core
/// integration runs no application middleware: whatever a function needs must happen inside the invocation.
/// </remarks>
public sealed class HttpApi(
    ApiKeyAuthenticator authenticator,
    ApiRateLimiter rateLimiter,
    FailedAuthenticationLimiter failedAuthentications,
    AuditRecorder audit,
    IOptions<RequestLimitsOptions> limits,
    ILogger<HttpApi> logger)
{
    /// <summary>Runs <paramref name="handle"/> for an authorized caller.</summary>
    public async Task<IResult> RunAsync(HttpRequest request, Access access, Func<ApiCall, Task<IResult>> handle, AuditPolicy auditPolicy = AuditPolicy.Record)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handle);
        var cancellation = request.HttpContext.RequestAborted;
        try
        {
            if (rateLimiter.TryAcquire(request) is { } limited)
            {
                return limited;
            }

            ApiCaller? caller = null;
            if (access != Access.Anonymous)
            {
                var (authenticated, refusal) = await AuthorizeAsync(request, access, cancellation);
                if (refusal is not null)
                {
                    return refusal;
                }

                caller = authenticated;
            }

            var call = new ApiCall(request, caller, cancellation);
            var result = await handle(call);
            var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
            if (caller is not null && AuditRecorder.IsRecorded(request.Method, status)
                && (auditPolicy == AuditPolicy.Record || caller.Role is Roles.Ops or Roles.Floor))
            {
                await audit.RecordAsync(call, caller, result, status);
            }

            return result;
        }
        catch (Exception ex)
        {
            return Map(request, ex);
        }
    }

    /// <summary>Runs <paramref name="handle"/> with the request body read strictly as <typeparamref name="TBody"/>.</summary>
    public Task<IResult> RunAsync<TBody>(HttpRequest request, Access access, Func<ApiCall, TBody, Task<IResult>> handle, AuditPolicy auditPolicy = AuditPolicy.Record)
        where TBody : class =>
        RunAsync(request, access, async call =>
        {
            var body = await RequestBody.ReadJsonAsync<TBody>(call.Request, limits.Value.MaxRequestBodyBytes, call.Cancellation);
            return body is null
                ? Problems.Validation((string.Empty, "A JSON body is required."))
                : await handle(call, body);
        }, auditPolicy);

    /// <summary>Reads the whole body as text within the configured size limit (X12 and other non-JSON bodies).</summary>
    public Task<string> ReadTextAsync(ApiCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return RequestBody.ReadTextAsync(call.Request, limits.Value.MaxRequestBodyBytes, call.Cancellation);
    }

    private async Task<(ApiCaller? Caller, IResult? Refusal)> AuthorizeAsync(HttpRequest request, Access access, CancellationToken cancellation)
    {
        var address = ClientAddress.Of(request.HttpContext);
        if (failedAuthentications.RetryAfter(address) is { } wait)
        {
            return (null, ApiRateLimiter.TooManyRequests(request, wait, "Too many failed authentications from this address"));
        }

        var presented = request.Headers[ApiKeyDefaults.HeaderName].ToString();
        if (string.IsNullOrWhiteSpace(presented))
        {
            failedAuthentications.RecordFailure(address);
            return (null, Unauthorized(request, $"Send an API key in the {ApiKeyDefaults.HeaderName} header."));
        }

        var caller = await authenticator.AuthenticateAsync(presented.Trim(), cancellation);
        if (caller is null)
        {
            failedAuthentications.RecordFailure(address);
            return (null, Unauthorized(request, "The API key is unknown or revoked."));
        }

        var allowed = access switch
        {
            Access.Publisher => caller.Role == Roles.Publisher && caller.PublisherId is not null,
            Access.Ops => caller.Role == Roles.Ops,
            Access.Staff => caller.Role is Roles.Ops or Roles.Floor,
            Access.Carrier => caller.Role == Roles.Ops || (caller.Role == Roles.Carrier && caller.Carrier is not null),
            _ => true,
        };
        return allowed
            ? (caller, null)
            : (null, Problems.Of(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "This API key's role may not use this function."));
    }

    private static IResult Unauthorized(HttpRequest request, string detail)
    {
        request.HttpContext.Response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.Scheme} header=\"{ApiKeyDefaults.HeaderName}\"";
        return Problems.Of(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, detail);
    }

    private IResult Map(HttpRequest request, Exception exception)
    {
        switch (exception)
        {
            case InvalidContinuationTokenException:
                // Every paged list takes its token as this query parameter; the token is bound to the list's query.
                return Problems.Validation(("/continuationToken",
                    "'continuationToken' is not a token this list issued for this query; pass back the continuationToken of the previous page unchanged, with the same filters."));
            case WarehouseValidationException validation:
                return Problems.Validation([.. validation.Errors.Select(e => (e.Pointer, e.Message))]);
            case ResourceNotFoundException notFound:
                return Problems.NotFound(notFound.Message);
            case StateConflictException conflict:
                return Problems.Conflict(conflict.Message);
            case DomainException domain:
                return Problems.Conflict(domain.Message);
            case JsonException json:
                return JsonProblem.Of(json);
            case BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge:
                return Problems.Of(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge,
                    $"The request body exceeds the limit of {limits.Value.MaxRequestBodyBytes} bytes.",
                    new Dictionary<string, object?> { ["maxBytes"] = limits.Value.MaxRequestBodyBytes });
            case BadHttpRequestException bad:
                return Problems.Of(bad.StatusCode, ProblemTypes.ForStatus(bad.StatusCode), bad.Message);
            case OperationCanceledException when request.HttpContext.RequestAborted.IsCancellationRequested:
                // The client went away; nobody is left to read an answer.
                return TypedResults.Empty;
            default:
                Logs.UnhandledRequestException(logger, exception, request.Method, request.Path);
                return Problems.Of(StatusCodes.Status500InternalServerError, ProblemTypes.Internal,
                    "The server failed to process the request; the trace id identifies it in the server log.");
        }
    }
}
