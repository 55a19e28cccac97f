using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Logistics.Benchmarks.Intake;

/// <summary>The function app's built executable, started as its own process in its local runtime on a temp data folder.</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, Uri address, string dataFolder)
    {
        _process = process;
        Address = address;
        DataFolder = dataFolder;
    }

    public Uri Address { get; }

    public string DataFolder { get; }

    /// <summary>The app's Release build next to this benchmark's (the project reference builds it first).</summary>
    public static string BuiltDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Logistics.Functions.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? ".", "functions", "Logistics.Functions", "bin", configuration, "net10.0", "Logistics.Functions.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the app first: {dll} is missing.");
    }

    /// <summary>Issues an ops key on a fresh data folder, then starts the service and waits for its health answer.</summary>
    public static async Task<(ServiceProcess Service, string OpsKey)> StartAsync(string synchronous)
    {
        var data = Directory.CreateTempSubdirectory("logistics-intake-bench-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__Documents__DatabasePath"] = Path.Combine(data, "logistics.db"),
            ["Storage__Blobs__RootPath"] = Path.Combine(data, "blobs"),
            ["Storage__Documents__Synchronous"] = synchronous,
            ["RateLimiting__PermitsPerWindow"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
        };

        using var issue = Start(environment, "issue-key", "--role", "ops");
        var output = await issue.StandardOutput.ReadToEndAsync();
        await issue.WaitForExitAsync();
        var opsKey = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();

        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var process = Start(environment, "--urls", address.ToString().TrimEnd('/'));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, address, data);
        using var client = new HttpClient { BaseAddress = address };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var health = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return (service, opsKey);
                }
            }
            catch (HttpRequestException) when (attempt < 300 && !process.HasExited)
            {
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataFolder, recursive: true);
    }

    private static Process Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(BuiltDll());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
