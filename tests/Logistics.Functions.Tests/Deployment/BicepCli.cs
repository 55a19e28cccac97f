using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Deployment;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (a test-only <c>PackageReference</c> of this
/// project with <c>ExcludeAssets="all"</c>; the build writes the package folder into the <c>BicepCliPackage</c>
/// assembly metadata), and the compiled <c>infra/main.bicep</c>, built once per test run.
/// </summary>
internal static class BicepCli
{
    private static readonly Lazy<Task<(JsonObject Template, string Diagnostics)>> CompiledMain = new(CompileMainAsync);

    /// <summary>The <c>bicep</c> executable.</summary>
    public static string Executable { get; } = Locate();

    /// <summary>The folder of the templates.</summary>
    public static string InfraFolder => Path.Combine(AppOutput.RepositoryRoot, "infra");

    /// <summary>The ARM JSON of <c>infra/main.bicep</c>.</summary>
    public static async Task<JsonObject> MainTemplateAsync() => (await CompiledMain.Value).Template;

    /// <summary>What <c>bicep build infra/main.bicep</c> reported on its error stream (warnings included).</summary>
    public static async Task<string> MainDiagnosticsAsync() => (await CompiledMain.Value).Diagnostics;

    /// <summary>Runs the CLI in the repository root and returns its exit code and both output streams.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = AppOutput.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No usage telemetry from test runs, and no first-run console noise.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Executable}.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private static async Task<(JsonObject Template, string Diagnostics)> CompileMainAsync()
    {
        var (exitCode, output, errors) = await RunAsync("build", "infra/main.bicep", "--stdout");
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"bicep build infra/main.bicep failed ({exitCode}):\n{errors}");
        }

        return (JsonNode.Parse(output)?.AsObject() ?? throw new InvalidOperationException("bicep build wrote no template."), errors);
    }

    private static string Locate()
    {
        var package = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepCliPackage")?.Value;
        if (string.IsNullOrEmpty(package))
        {
            throw new InvalidOperationException("The test assembly carries no BicepCliPackage metadata: restore the Azure.Bicep.CommandLine.linux-x64 package.");
        }

        var executable = Path.Combine(package, "tools", OperatingSystem.IsWindows() ? "bicep.exe" : "bicep");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"No Bicep CLI at {executable}.");
        }

        // Extraction from a .nupkg may drop the execute bit.
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(executable) & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(executable, File.GetUnixFileMode(executable) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return executable;
    }
}
