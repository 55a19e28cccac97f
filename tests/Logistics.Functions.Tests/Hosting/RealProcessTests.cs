using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Hosting;

/// <summary>
/// The built executable, started as a user would (<c>dotnet Logistics.Functions.dll</c> in a fresh working directory,
/// without the Functions host): it serves the local runtime, and its output folder is what the Functions host needs.
/// </summary>
public sealed partial class RealProcessTests : IDisposable
{
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("logistics-process-").FullName;

    public void Dispose() => Directory.Delete(_workingDirectory, recursive: true);

    [Fact]
    public async Task The_executable_serves_the_local_runtime_prints_the_demo_keys_and_stops_cleanly_on_SIGINT()
    {
        await using var app = await AppProcess.StartAsync(_workingDirectory, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" });

        await Eventually.TrueAsync(() => Task.FromResult(app.Output.Contains("curl -H", StringComparison.Ordinal)), "the demo keys to be printed");
        var text = app.Output;
        var publisherKey = PublisherKeyLine().Match(text).Groups[1].Value;
        Assert.StartsWith("lgk_", publisherKey, StringComparison.Ordinal);
        Assert.Matches(OpsKeyLine(), text);
        Assert.Contains("Runtime: local", text, StringComparison.Ordinal);

        using (var health = await app.Client.GetAsync("/api/health"))
        {
            Assert.Equal("local", (await health.JsonAsync()).GetProperty("runtime").GetString());
        }

        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/publishers/me"))
        {
            request.Headers.Add("X-Api-Key", publisherKey);
            using var me = await app.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        }

        // Relative data paths resolve against the working directory, as with `dotnet run --project`.
        Assert.True(File.Exists(Path.Combine(_workingDirectory, ".data", "logistics.db")));

        var exitCode = await app.InterruptAsync();
        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{app.Output}");
    }

    [Fact]
    public async Task The_issue_key_command_prints_an_ops_key_that_the_executable_accepts_outside_Development()
    {
        var issue = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        issue.ArgumentList.Add(AppProcess.BuiltDll());
        foreach (var argument in new[] { "issue-key", "--role", "ops" })
        {
            issue.ArgumentList.Add(argument);
        }

        string printed;
        using (var command = Process.Start(issue)!)
        {
            var output = command.StandardOutput.ReadToEndAsync();
            var error = command.StandardError.ReadToEndAsync();
            await command.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            printed = await output;
            Assert.True(command.ExitCode == 0, $"exit code {command.ExitCode}: {await error}");
        }

        var key = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        Assert.StartsWith("lgk_", key, StringComparison.Ordinal);

        await using var app = await AppProcess.StartAsync(_workingDirectory, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ops/publishers");
        request.Headers.Add("X-Api-Key", key);
        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Demo credentials", app.Output, StringComparison.Ordinal);
        Assert.Equal(0, await app.InterruptAsync());
    }

    [Fact]
    public void The_output_folder_holds_what_the_Functions_host_starts_the_worker_from()
    {
        var folder = AppOutput.Folder;
        using (var worker = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "worker.config.json"))))
        {
            var description = worker.RootElement.GetProperty("description");
            Assert.Equal("dotnet-isolated", description.GetProperty("language").GetString());
            Assert.True(File.Exists(Path.Combine(folder, description.GetProperty("defaultWorkerPath").GetString()!)));
        }

        using (var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "host.json"))))
        {
            Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
            Assert.Equal("api", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        }

        Assert.True(File.Exists(Path.Combine(folder, "functions.metadata")));
        Assert.True(File.Exists(Path.Combine(folder, "appsettings.json")));
    }

    [GeneratedRegex(@"publisher demo-publisher\s+X-Api-Key: (\S+)")]
    private static partial Regex PublisherKeyLine();

    [GeneratedRegex(@"ops\s+X-Api-Key: lgk_\S+")]
    private static partial Regex OpsKeyLine();
}
