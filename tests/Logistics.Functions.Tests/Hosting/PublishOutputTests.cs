using System.Diagnostics;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Hosting;

/// <summary>
/// <c>dotnet publish</c> gives the folder the Functions host runs as is: the worker, <c>functions.metadata</c> naming every
/// declared function, <c>host.json</c> with the Durable task hub, <c>worker.config.json</c> and the extensions the host
/// loads (<c>extensions.json</c> + <c>.azurefunctions/</c>).
/// </summary>
public sealed class PublishOutputTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("logistics-publish-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public async Task Publish_output_holds_the_metadata_of_every_function_and_the_extensions_the_host_loads()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var publish = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", AppOutput.ProjectFolder, "-c", configuration, "-o", _output, "--no-restore", "-v", "q", "-nologo" })
        {
            publish.ArgumentList.Add(argument);
        }

        using var process = Process.Start(publish)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{await output}\n{await error}");

        Assert.Equal(
            FunctionDeclarationTests.ReadMetadata(AppOutput.Folder).OrderBy(f => f.Key, StringComparer.Ordinal),
            FunctionDeclarationTests.ReadMetadata(_output).OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(_output, "Logistics.Functions.dll")));

        using var worker = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_output, "worker.config.json")));
        Assert.Equal("dotnet-isolated", worker.RootElement.GetProperty("description").GetProperty("language").GetString());
        Assert.Equal("Logistics.Functions.dll", worker.RootElement.GetProperty("description").GetProperty("defaultWorkerPath").GetString());

        using var host = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_output, "host.json")));
        var durable = host.RootElement.GetProperty("extensions").GetProperty("durableTask");
        Assert.False(string.IsNullOrEmpty(durable.GetProperty("hubName").GetString()));

        using var extensions = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_output, "extensions.json")));
        var durableExtension = Assert.Single(extensions.RootElement.GetProperty("extensions").EnumerateArray(), e => e.GetProperty("name").GetString() == "DurableTask");
        var hintPath = durableExtension.GetProperty("hintPath").GetString()!;
        Assert.StartsWith("./.azurefunctions/", hintPath, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_output, hintPath)), $"{hintPath} is missing from the publish output");
    }
}
