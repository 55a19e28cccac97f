using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Hosting;

/// <summary>
/// The README's start command, <c>dotnet run --project functions/Logistics.Functions</c>, starts the local runtime (the
/// Functions worker SDK would otherwise hand <c>dotnet run</c> to Core Tools, which are not installed here).
/// </summary>
public sealed class ReadmeCommandTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("logistics-readme-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Dotnet_run_of_the_project_serves_the_local_runtime()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppOutput.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // --no-build: the test build built the app already. Data goes to a temp folder instead of the project's .data/.
        foreach (var argument in new[] { "run", "--no-build", "-c", configuration, "--project", "functions/Logistics.Functions", "--", "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Storage__Documents__DatabasePath"] = Path.Combine(_data, "logistics.db");
        start.Environment["Storage__Blobs__RootPath"] = Path.Combine(_data, "blobs");
        var output = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            string? health = null;
            await Eventually.TrueAsync(
                async () =>
                {
                    lock (output)
                    {
                        Assert.False(process.HasExited, $"dotnet run exited:\n{output}");
                    }

                    try
                    {
                        health = await client.GetStringAsync("/api/health");
                        return true;
                    }
                    catch (HttpRequestException)
                    {
                        return false;
                    }
                },
                "dotnet run to serve /api/health");
            Assert.Contains("\"runtime\":\"local\"", health, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(_data, "logistics.db")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
