using System.Diagnostics;
using System.Text.Json.Serialization;
using Logistics.Functions.Hosting;

namespace Logistics.Functions.Errors;

/// <summary>Registers RFC 9457 problem details, the exception mapping, strict JSON and request limits.</summary>
public static class ProblemResponsesServiceCollectionExtensions
{
    /// <summary>
    /// Every error answers <c>application/problem+json</c> with a <see cref="ProblemTypes"/> type; request bodies are
    /// read strictly (unknown and duplicate members are rejected, named by JSON pointer).
    /// </summary>
    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (problem.Type is null || !problem.Type.StartsWith("urn:logistics:", StringComparison.Ordinal))
            {
                problem.Type = ProblemTypes.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode);
                problem.Title = ProblemTypes.Title(problem.Type);
            }

            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.AllowDuplicateProperties = false;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });

        // Binding failures throw, so ApiExceptionHandler can name the JSON pointer instead of a bare 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
