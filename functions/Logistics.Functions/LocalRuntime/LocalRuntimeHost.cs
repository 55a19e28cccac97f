using Logistics.Functions.Hosting;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Logistics.Functions.LocalRuntime;

/// <summary>
/// The local runtime: the same <c>[Function]</c> declarations served by this process — HTTP functions on Kestrel,
/// timers on their schedules, orchestrations on the embedded Durable Task backend — for development, tests and demos.
/// </summary>
public static class LocalRuntimeHost
{
    /// <summary>Port when no URL is configured: the one Functions Core Tools uses.</summary>
    public const int DefaultPort = 7071;

    /// <summary>Builds the app; <paramref name="configure"/> may replace services (tests: the clock, the database path).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        AddDefaultsBesideExecutable(builder);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]) &&
            string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpPortsKey]) &&
            !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls($"http://localhost:{DefaultPort}");
        }

        var catalog = FunctionCatalog.From(typeof(LocalRuntimeHost).Assembly);
        builder.Services.AddLogisticsFunctions(builder.Configuration, builder.Environment, AppRuntime.Local);
        builder.Services.AddLocalRuntime(catalog);
        configure?.Invoke(builder);

        var app = builder.Build();

        // Parse every timer schedule now: one that is wrong refuses to start rather than failing in the background.
        app.Services.GetRequiredService<TimerFunctions>();

        // Requests no function serves (unknown route, undeclared method) get problem details too, not an empty 404/405.
        app.UseStatusCodePages();
        var prefix = HostJson.RoutePrefix(AppContext.BaseDirectory);
        app.MapHttpFunctions(catalog, prefix);
        LocalRuntimeLogs.Serving(
            app.Logger,
            catalog.Functions.Count(f => f.Http is not null),
            prefix,
            catalog.Functions.Count(f => f.Timer is not null),
            catalog.Functions.Count(f => f.Trigger is Microsoft.Azure.Functions.Worker.OrchestrationTriggerAttribute),
            catalog.Functions.Count(f => f.Trigger is Microsoft.Azure.Functions.Worker.ActivityTriggerAttribute));
        return app;
    }

    // `dotnet run --project` starts in the project folder, which holds .data/; appsettings.json beside the executable
    // still applies, with the lowest priority so that the working directory's files and the environment override it.
    private static void AddDefaultsBesideExecutable(WebApplicationBuilder builder)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(file) && !string.Equals(Path.GetFullPath(builder.Environment.ContentRootPath).TrimEnd('/'), Path.GetFullPath(AppContext.BaseDirectory).TrimEnd('/'), StringComparison.Ordinal))
        {
            IConfigurationBuilder configuration = builder.Configuration;
            // The path is relative to the file provider's root, the executable's folder.
            configuration.Sources.Insert(0, new JsonConfigurationSource { Path = "appsettings.json", Optional = true, FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory) });
        }
    }
}
