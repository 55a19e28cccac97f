using System.Text.Json;
using System.Text.Json.Serialization;
using DurableTask.Core;
using Logistics.DurableTask.Hosting;
using Logistics.DurableTask.Sqlite;
using Logistics.Storage;
using Logistics.Storage.Sqlite;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Logistics.DurableTask.Tests.Support;

/// <summary>
/// A running local Durable Task worker and its client, over the SQLite task hub or the SDK's in-memory service, built
/// through the same DI extensions the app uses.
/// </summary>
public sealed class DurableTaskHost : IAsyncDisposable
{
    /// <summary>Long enough for any outcome on a loaded 2-core machine; reaching it means the test failed.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The converter the app uses: camelCase names, enums as strings.</summary>
    public static readonly DataConverter Converter = new JsonDataConverter(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    });

    private readonly ServiceProvider services;
    private readonly List<IHostedService> started;
    private readonly bool ownsDatabase;

    private DurableTaskHost(ServiceProvider services, List<IHostedService> started, string? databasePath, bool ownsDatabase)
    {
        this.services = services;
        this.started = started;
        this.ownsDatabase = ownsDatabase;
        DatabasePath = databasePath;
        Client = services.GetRequiredService<DurableTaskClient>();
        Service = services.GetRequiredService<IOrchestrationService>();
    }

    public DurableTaskClient Client { get; }

    public IOrchestrationService Service { get; }

    /// <summary>The SQLite file, or null for the in-memory service. Deleted on dispose when the host chose it.</summary>
    public string? DatabasePath { get; }

    public IServiceProvider Services => services;

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "logistics-durabletask-tests", Guid.NewGuid().ToString("N"), "hub.db");

    public static Task<DurableTaskHost> StartSqliteAsync(
        Action<DurableTaskRegistry> registerTasks,
        TimeProvider? time = null,
        string? databasePath = null,
        Action<SqliteOrchestrationServiceOptions>? configure = null,
        Action<IServiceCollection>? addServices = null)
    {
        var path = databasePath ?? NewDatabasePath();
        var services = new ServiceCollection();
        if (time is not null)
            services.AddSingleton(time);
        // NORMAL: tests need crash safety against process kills only, which NORMAL gives; the default stays FULL.
        services.AddEmbeddedStorage(options =>
        {
            options.DatabasePath = path;
            options.SynchronousMode = SqliteSynchronousMode.Normal;
        });
        services.AddSqliteOrchestrationService(configure);
        return StartAsync(services, registerTasks, path, ownsDatabase: databasePath is null, addServices);
    }

    public static Task<DurableTaskHost> StartInMemoryAsync(Action<DurableTaskRegistry> registerTasks, Action<IServiceCollection>? addServices = null)
    {
        var services = new ServiceCollection();
        var service = new InMemoryOrchestrationService();
        services.AddSingleton<IOrchestrationService>(service);
        services.AddSingleton<IOrchestrationServiceClient>(service);
        return StartAsync(services, registerTasks, null, ownsDatabase: false, addServices);
    }

    public async Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>Polls the instance until <paramref name="condition"/> holds (an async outcome, bounded by <see cref="Patience"/>).</summary>
    public async Task<OrchestrationMetadata> WaitUntilAsync(string instanceId, Func<OrchestrationMetadata, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var metadata = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
            if (metadata is not null && condition(metadata))
                return metadata;
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>Stops the worker (gracefully: work in flight finishes first).</summary>
    public async Task StopAsync()
    {
        for (var i = started.Count - 1; i >= 0; i--)
            await started[i].StopAsync(CancellationToken.None);
        started.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await services.DisposeAsync();
        if (ownsDatabase && DatabasePath is not null)
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(DatabasePath)!, recursive: true);
            }
            catch (IOException)
            {
                // A file another test still holds open; the temp folder is cleaned by the OS.
            }
        }
    }

    private static async Task<DurableTaskHost> StartAsync(
        ServiceCollection services,
        Action<DurableTaskRegistry> registerTasks,
        string? databasePath,
        bool ownsDatabase,
        Action<IServiceCollection>? addServices)
    {
        addServices?.Invoke(services);
        services.AddLocalDurableTask(registerTasks, options => options.DataConverter = Converter);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var started = new List<IHostedService>();
        try
        {
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None);
                started.Add(hosted);
            }
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }

        return new DurableTaskHost(provider, started, databasePath, ownsDatabase);
    }
}
