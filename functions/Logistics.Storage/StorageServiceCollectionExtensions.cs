using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logistics.Storage;

/// <summary>Registers the storage adapters.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded SQLite storage as singletons: <see cref="SqliteStorage"/>, its <see cref="IDocumentStore"/>
    /// and its <see cref="IMessageQueue"/>. Uses the registered <see cref="TimeProvider"/>, else <see cref="TimeProvider.System"/>.
    /// The options may also be bound from configuration through <c>services.Configure&lt;SqliteStorageOptions&gt;</c>.
    /// </summary>
    public static IServiceCollection AddEmbeddedStorage(this IServiceCollection services, Action<SqliteStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SqliteStorageOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.AddSingleton(provider => SqliteStorage.Open(
            provider.GetRequiredService<IOptions<SqliteStorageOptions>>().Value,
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetService<ILoggerFactory>()));
        services.AddSingleton(provider => provider.GetRequiredService<SqliteStorage>().Documents);
        services.AddSingleton(provider => provider.GetRequiredService<SqliteStorage>().Queue);
        return services;
    }
}
