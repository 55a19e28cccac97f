
namespace Logistics.Functions.Standalone;

/// <summary>Registers the standalone runtime: timer scheduler and queue dispatcher over the function table.</summary>
public static class StandaloneServiceCollectionExtensions
{
    /// <summary>Adds the in-process scheduler and dispatcher (both read <see cref="Table.FunctionTable"/>).</summary>
    public static IServiceCollection AddStandaloneRuntime(this IServiceCollection services, StandaloneOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddOptions<StandaloneOptions>().BindConfiguration(StandaloneOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TimerStatusStore>();
        services.AddSingleton<OutputSender>();
        if (settings.EnableTimers)
        {
            services.AddHostedService<TimerScheduler>();
        }

        if (settings.EnableQueues)
        {
            services.AddHostedService<QueueDispatcher>();
        }

        return services;
    }
}
