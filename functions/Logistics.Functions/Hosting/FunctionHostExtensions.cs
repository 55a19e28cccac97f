using System.Net;
using Logistics.Functions.CustomHandler;
using Logistics.Functions.Demo;
using Logistics.Functions.Errors;
using Logistics.Functions.Management;
using Logistics.Functions.Security;
using Logistics.Functions.Standalone;
using Logistics.Functions.Table;
using Logistics.Functions.Workers;
using Logistics.Orchestration.Hosting;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace Logistics.Functions.Hosting;

/// <summary>Wires the function host: one call per concern, in the order they matter.</summary>
public static class FunctionHostExtensions
{
    /// <summary>Registers everything the host needs, for the runtime that <see cref="HostMode"/> detects.</summary>
    public static WebApplicationBuilder AddFunctionHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddDefaultsBesideExecutable();
        var mode = HostMode.From(builder.Configuration);
        builder.Services.AddSingleton(mode);
        builder.ConfigureListening(mode);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => AppFunctions.Create());
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddFunctionStorage(builder.Configuration, mode);
        builder.Services.AddOrchestrationWorkers();
        builder.Services.AddApiKeySecurity();
        builder.Services.AddApiRateLimiting();
        builder.Services.AddProblemResponses();
        builder.Services.AddOpenApi();
        var standalone = builder.Configuration.GetSection(StandaloneOptions.Section).Get<StandaloneOptions>() ?? new StandaloneOptions();
        if (!mode.IsCustomHandler)
        {
            builder.Services.AddStandaloneRuntime(standalone);

            // Standalone, the engine's own worker drives orchestrations (it batches wake-ups and settles, and sweeps timers
            // at their due time); in Azure the Functions host delivers the same work through EngineFunctions' triggers.
            builder.Services.AddEmbeddedOrchestrationWorker();
        }
        else
        {
            builder.Services.AddOptions<StandaloneOptions>();
        }

        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
            builder.Services.AddHostedService<DemoDataSeeder>();
        }

        return builder;
    }

    /// <summary>Builds the request pipeline and maps every HTTP function of the table (plus invocations in custom-handler mode).</summary>
    public static WebApplication MapFunctionHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        var table = app.Services.GetRequiredService<FunctionTable>();
        foreach (var function in table.Functions)
        {
            if (function.Trigger is HttpTrigger http)
            {
                var endpoint = app.MapMethods(http.Pattern, http.Methods, function.HttpHandler!).WithName(function.Name);
                function.ConfigureEndpoint?.Invoke(endpoint);
            }
        }

        app.MapDurableManagementAtDurablePath(table);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        // Checked once everything is mapped (Program.cs may map more after this call).
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var routes = UndeclaredRoutes.Find(app.Services.GetRequiredService<EndpointDataSource>(), table);
            if (routes.Count > 0)
            {
                Logs.UndeclaredRoutes(app.Logger, routes.Count, string.Join(", ", routes));
            }
        });

        if (app.Services.GetRequiredService<HostMode>().IsCustomHandler)
        {
            app.MapCustomHandlerInvocations(table);
        }

        return app;
    }

    // The working directory holds .data/, not the app: appsettings.json beside the executable still applies, with the
    // lowest priority so that the working directory's files and environment variables override it.
    private static void AddDefaultsBesideExecutable(this WebApplicationBuilder builder)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(file) && !string.Equals(Path.GetFullPath(builder.Environment.ContentRootPath), Path.GetFullPath(AppContext.BaseDirectory).TrimEnd('/'), StringComparison.Ordinal))
        {
            IConfigurationBuilder configuration = builder.Configuration;
            configuration.Sources.Insert(0, new JsonConfigurationSource { Path = file, Optional = true, FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory) });
        }
    }

    private static void ConfigureListening(this WebApplicationBuilder builder, HostMode mode)
    {
        if (mode.CustomHandlerPort is { } port)
        {
            // The Functions host talks to its custom handler over loopback only.
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        }
        else if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]) &&
                 string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpPortsKey]) &&
                 !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls($"http://localhost:{HostMode.DefaultStandalonePort}");
        }
    }
}
