using Microsoft.AspNetCore.Mvc;

namespace Logistics.Functions.Errors;

/// <summary>Writes problem details from middleware and handlers that have no endpoint result to return.</summary>
public static class ProblemWriter
{
    /// <summary>Writes an <c>application/problem+json</c> response.</summary>
    public static async Task WriteAsync(
        HttpContext context,
        int status,
        string type,
        string detail,
        IDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Type = type, Title = ProblemTypes.Title(type), Detail = detail };
        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            // The service declines when the client's Accept excludes JSON; the status code still says it all.
            await context.Response.WriteAsync(detail, context.RequestAborted);
        }
    }
}
