using System.Text.Json;
using Logistics.Functions.Table;

namespace Logistics.Functions.CustomHandler;

/// <summary>The endpoints the Functions host calls on <c>127.0.0.1:{FUNCTIONS_CUSTOMHANDLER_PORT}</c>.</summary>
public static class CustomHandlerEndpoints
{
    /// <summary>
    /// Maps <c>POST /{FunctionName}</c> for every non-HTTP function and <c>GET /</c> as a readiness answer.
    /// HTTP functions need nothing here: the host proxies them to their own <c>/api/...</c> routes.
    /// </summary>
    public static IEndpointRouteBuilder MapCustomHandlerInvocations(this IEndpointRouteBuilder endpoints, FunctionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        endpoints.MapMethods("/", ["GET", "HEAD"], () => Results.Ok("ready")).ExcludeFromDescription().DisableRateLimiting();
        foreach (var function in table.NonHttp)
        {
            endpoints.MapPost("/" + function.Name, (HttpContext context, FunctionInvoker invoker) => InvokeAsync(function, context, invoker))
                .ExcludeFromDescription()
                .DisableRateLimiting();
        }

        return endpoints;
    }

    private static async Task<IResult> InvokeAsync(FunctionDefinition function, HttpContext context, FunctionInvoker invoker)
    {
        using var reader = new StreamReader(context.Request.Body);
        var json = await reader.ReadToEndAsync(context.RequestAborted);
        FunctionInvocation invocation;
        try
        {
            invocation = InvocationPayload.Parse(function, json);
        }
        catch (JsonException ex)
        {
            return Results.Json(InvocationResponse.Failure($"Invalid invocation payload for {function.Name}: {ex.Message}"), statusCode: 400);
        }

        try
        {
            var result = await invoker.InvokeAsync(function, invocation, context.RequestAborted);
            return Results.Json(InvocationResponse.From(result));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            // Non-2xx makes the host fail the invocation: Service Bus retries and finally dead-letters the message.
            return Results.Json(InvocationResponse.Failure($"{function.Name} failed: {ex.GetType().Name}: {ex.Message}"), statusCode: 500);
        }
    }
}
