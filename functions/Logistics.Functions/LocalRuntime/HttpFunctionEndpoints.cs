using System.Text.Json;

namespace Logistics.Functions.LocalRuntime;

/// <summary>Serves the HTTP functions of a <see cref="FunctionCatalog"/> on Kestrel, at the routes their triggers declare.</summary>
public static class HttpFunctionEndpoints
{
    /// <summary>
    /// Maps each HTTP function at <c>/{routePrefix}/{route}</c> (the function name when it declares no route) for the
    /// methods it declares (all when none), exactly where the Functions host serves it.
    /// </summary>
    public static IEndpointRouteBuilder MapHttpFunctions(this IEndpointRouteBuilder endpoints, FunctionCatalog catalog, string routePrefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var function in catalog.Functions.Where(f => f.Http is not null))
        {
            var invoker = FunctionInvoker.Create(function);
            var route = function.Http!.Route ?? function.Name;
            var pattern = string.IsNullOrEmpty(routePrefix) ? "/" + route : $"/{routePrefix}/{route}";
            var methods = function.Http.Methods is { Length: > 0 } declared ? declared.Select(m => m.ToUpperInvariant()).ToArray() : null;
            RequestDelegate handler = context => InvokeAsync(invoker, context);
            var endpoint = methods is null ? endpoints.Map(pattern, handler) : endpoints.MapMethods(pattern, methods, handler);
            endpoint.WithDisplayName(function.Name);
        }

        return endpoints;
    }

    private static async Task InvokeAsync(FunctionInvoker invoker, HttpContext context)
    {
        var result = await invoker.InvokeAsync(new InvocationContext(context.RequestServices, context.RequestAborted, context));
        switch (result)
        {
            case IResult httpResult:
                await httpResult.ExecuteAsync(context);
                break;
            case null:
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                // As the host does for a plain return value: a 200 with the value as JSON.
                await context.Response.WriteAsJsonAsync(result, result.GetType(), (JsonSerializerOptions?)null, context.RequestAborted);
                break;
        }
    }
}
