using System.Diagnostics;
using Logistics.Application;
using Logistics.Application.Audit;
using Logistics.Functions.Audit;
using Logistics.Functions.Demo;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Logistics.Functions.Inbound;
using Logistics.Functions.Management;
using Logistics.Functions.Outbound;
using Logistics.Functions.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Logistics.Functions.Hosting;

/// <summary>The registrations both runtimes share; each runtime adds only how functions are driven.</summary>
public static class AppServiceCollectionExtensions
{
    /// <summary>Storage, the warehouse application, keys and rate limits, the HTTP runner, JSON and problem details.</summary>
    public static IServiceCollection AddLogisticsFunctions(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, AppRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddSingleton(runtime);
        services.TryAddSingleton(TimeProvider.System);
        services.AddFunctionStorage(configuration, runtime);
        services.AddWarehouseApplication();

        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AccessStore>();
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<ApiRateLimiter>();
        services.AddSingleton<FailedAuthenticationLimiter>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditRecorder>();
        services.AddSingleton<HttpApi>();
        services.AddSingleton<IOrchestrationCleanup, InboundOrchestrationCleanup>();
        services.AddSingleton<IOrchestrationCleanup, OutboundOrchestrationCleanup>();

        services.ConfigureHttpJsonOptions(AppJson.Configure);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (problem.Type is null || !problem.Type.StartsWith("urn:logistics:", StringComparison.Ordinal))
            {
                problem.Type = ProblemTypes.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode);
                problem.Title = ProblemTypes.Title(problem.Type);
            }

            // Problems the pipeline writes itself (an unknown route, an undeclared method) carry no detail: say what failed,
            // so that every problem has the same members.
            var request = context.HttpContext.Request;
            problem.Detail ??= problem.Status switch
            {
                StatusCodes.Status404NotFound => $"No function serves {request.Method} {request.Path}.",
                StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not accept {request.Method}.",
                _ => problem.Title,
            };
            problem.Instance ??= request.Path;
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });

        if (environment.IsDevelopment())
        {
            services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
            services.AddHostedService<DemoDataSeeder>();
        }

        return services;
    }
}
