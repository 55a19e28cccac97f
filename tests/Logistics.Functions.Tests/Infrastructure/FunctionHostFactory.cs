using Logistics.Functions.Table;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Functions.Tests.Infrastructure;

/// <summary>
/// Hosts the real app in process over real HTTP semantics, on a fresh SQLite file and blob folder in a temp directory.
/// Settings, the function table and the time provider can be replaced per test.
/// </summary>
public sealed class FunctionHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly FunctionTable? _table;
    private readonly TimeProvider? _time;
    private readonly string _environment;

    public FunctionHostFactory(
        IDictionary<string, string?>? settings = null,
        FunctionTable? table = null,
        TimeProvider? time = null,
        string environment = "Testing")
    {
        DataDirectory = Directory.CreateTempSubdirectory("logistics-functions-tests-").FullName;
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Documents:DatabasePath"] = Path.Combine(DataDirectory, "logistics.db"),
            ["Storage:Blobs:RootPath"] = Path.Combine(DataDirectory, "blobs"),
            ["Standalone:IdlePollInterval"] = "00:00:00.100",
            ["Standalone:RetryDelay"] = "00:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _table = table;
        _time = time;
        _environment = environment;
    }

    /// <summary>The temp folder holding this host's data.</summary>
    public string DataDirectory { get; }

    /// <summary>Resolves a service from the running host.</summary>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <inheritdoc/>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (_table is not null)
            {
                services.AddSingleton(_table);
            }

            if (_time is not null)
            {
                services.AddSingleton(_time);
            }
        });
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the OS is left for the temp cleaner.
            }
        }
    }
}
