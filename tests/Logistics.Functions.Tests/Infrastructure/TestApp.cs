using Logistics.Functions.LocalRuntime;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Functions.Tests.Infrastructure;

/// <summary>
/// The real app in its local runtime, in process, serving real HTTP on a free loopback port, on a fresh SQLite file and
/// blob folder in a temp directory. The clock, settings and services can be replaced per test.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private TestApp(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    /// <summary>The temp folder holding this app's data.</summary>
    public string DataDirectory { get; }

    /// <summary>A client for the app's address.</summary>
    public HttpClient Client { get; }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the app; <paramref name="settings"/> are configuration keys (<c>Section:Key</c>).</summary>
    public static async Task<TestApp> StartAsync(
        TimeProvider? time = null,
        IDictionary<string, string?>? settings = null,
        string environment = "Testing",
        Action<IServiceCollection>? services = null,
        string? dataDirectory = null)
    {
        var folder = dataDirectory ?? Directory.CreateTempSubdirectory("logistics-functions-tests-").FullName;
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = environment,
            ["Storage:Documents:DatabasePath"] = Path.Combine(folder, "logistics.db"),
            ["Storage:Blobs:RootPath"] = Path.Combine(folder, "blobs"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        // Settings go in as command-line arguments, so they are there before the app reads its storage settings.
        var args = all.Where(s => s.Value is not null).Select(s => $"--{s.Key}={s.Value}").ToArray();
        var app = LocalRuntimeHost.Build(args, builder =>
        {
            if (time is not null)
            {
                builder.Services.AddSingleton(time);
            }

            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        return new TestApp(app, folder);
    }

    /// <summary>Resolves a service from the running app.</summary>
    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>Stops the app (in-flight work drains) without deleting its data, so a test can start it again.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a lingering reader; the temp folder is cleaned by the system.
        }
    }
}
