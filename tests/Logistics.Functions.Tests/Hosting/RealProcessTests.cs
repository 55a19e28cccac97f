using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Logistics.Functions.Tests.Infrastructure;
using Logistics.Functions.Tests.Packaging;

namespace Logistics.Functions.Tests.Hosting;

/// <summary>Starts the built executable as a user would, in a fresh working directory, and stops it with SIGINT.</summary>
public sealed partial class RealProcessTests : IDisposable
{
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("logistics-process-").FullName;

    public void Dispose() => Directory.Delete(_workingDirectory, recursive: true);

    [Fact]
    public async Task Executable_ServesHealth_PrintsDemoKeys_AndStopsCleanlyOnSigint()
    {
        var port = FreePort();
        var output = new StringBuilder();
        var keysPrinted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuiltDll());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment.Remove("FUNCTIONS_CUSTOMHANDLER_PORT");

        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
                if (e.Data?.Contains("curl -H", StringComparison.Ordinal) == true)
                {
                    keysPrinted.TrySetResult();
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await Eventually.TrueAsync(
                async () =>
                {
                    Assert.False(process.HasExited, $"The process exited early:\n{output}");
                    try
                    {
                        using var health = await client.GetAsync("/api/health");
                        return health.StatusCode == HttpStatusCode.OK;
                    }
                    catch (HttpRequestException)
                    {
                        return false;
                    }
                },
                "GET /api/health to answer 200");
            await keysPrinted.Task.WaitAsync(TimeSpan.FromSeconds(30));

            string text;
            lock (output)
            {
                text = output.ToString();
            }

            var publisherKey = PublisherKeyLine().Match(text).Groups[1].Value;
            Assert.StartsWith("lgk_", publisherKey, StringComparison.Ordinal);
            Assert.Matches(OpsKeyLine(), text);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/publishers/me");
            request.Headers.Add("X-Api-Key", publisherKey);
            using var me = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.True(File.Exists(Path.Combine(_workingDirectory, ".data", "logistics.db")));

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}:\n{output}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Executable_InCustomHandlerMode_ListensOnLoopbackAtTheHostsPort_AndAnswersInvocations()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BuiltDll());
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");

        using var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await Eventually.TrueAsync(
                async () =>
                {
                    Assert.False(process.HasExited, "The process exited early.");
                    try
                    {
                        using var ready = await client.GetAsync("/");
                        return ready.IsSuccessStatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        return false;
                    }
                },
                "the readiness answer");

            using var invocation = await client.PostAsync(
                "/OrchestrationTimers",
                new StringContent("""{"Data":{"timer":{"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"OrchestrationTimers"}}}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, invocation.StatusCode);
            var envelope = await invocation.JsonAsync();
            Assert.True(envelope.TryGetProperty("Outputs", out _) && envelope.TryGetProperty("Logs", out _));

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static string BuiltDll()
    {
        // The test build builds the app project first; use its own output so the runtimeconfig and deps sit next to it.
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(
            PackageCommandTests.RepositoryRoot(), "functions", "Logistics.Functions", "bin", configuration, "net10.0", "Logistics.Functions.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing; build the app first.");
        return dll;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"publisher demo-publisher\s+X-Api-Key: (\S+)")]
    private static partial Regex PublisherKeyLine();

    [GeneratedRegex(@"ops\s+X-Api-Key: lgk_\S+")]
    private static partial Regex OpsKeyLine();
}
