using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Logistics.Functions.Table;

namespace Logistics.Functions.Packaging;

/// <summary>
/// <c>dotnet run --project functions/Logistics.Functions -- package --output dist/app</c>: writes a ready-to-zip Azure
/// Functions custom-handler app — one <c>{FunctionName}/function.json</c> per function of the table,
/// <c>host.json</c>, <c>local.settings.template.json</c> and the published executable.
/// </summary>
public static class PackageCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>True when the first argument is <c>package</c>.</summary>
    public static bool IsInvoked(IReadOnlyList<string> args) => args is ["package", ..];

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        PackageOptions options;
        try
        {
            options = PackageOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 2;
        }

        var folder = Path.GetFullPath(options.Output);
        Directory.CreateDirectory(folder);
        if (options.Publish)
        {
            var project = options.Project ?? FindProject();
            if (project is null)
            {
                await error.WriteLineAsync("Cannot find Logistics.Functions.csproj from here; pass --project <path> or --no-publish.");
                return 2;
            }

            var code = await PublishAsync(project, folder, options, output);
            if (code != 0)
            {
                await error.WriteLineAsync($"dotnet publish failed with exit code {code}.");
                return code;
            }
        }

        var files = await WriteAsync(AppFunctions.Create(), folder, options);
        await output.WriteLineAsync($"Wrote {files} files to {folder}.");
        await output.WriteLineAsync($"Deploy: cd {folder} && zip -r ../app.zip . && az functionapp deployment source config-zip -g <rg> -n <app> --src ../app.zip");
        return 0;
    }

    /// <summary>Writes the function folders, host.json and the settings template; returns the number of files.</summary>
    public static async Task<int> WriteAsync(FunctionTable table, string folder, PackageOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var function in table.Functions)
        {
            var directory = Path.Combine(folder, function.Name);
            Directory.CreateDirectory(directory);
            await WriteJsonAsync(Path.Combine(directory, "function.json"), FunctionJson.For(function));
        }

        var (executable, arguments) = options.Entry;
        await WriteJsonAsync(Path.Combine(folder, "host.json"), HostJson.Create(executable, arguments));
        await WriteJsonAsync(Path.Combine(folder, "local.settings.template.json"), AppSettings.Template());
        return table.Functions.Count + 2;
    }

    private static async Task WriteJsonAsync(string path, JsonNode node) =>
        await File.WriteAllTextAsync(path, node.ToJsonString(Indented) + "\n");

    private static async Task<int> PublishAsync(string project, string folder, PackageOptions options, TextWriter output)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        foreach (var argument in new[] { "publish", project, "-c", options.Configuration, "-o", folder, "--nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        if (!options.FrameworkDependent)
        {
            start.ArgumentList.Add("-r");
            start.ArgumentList.Add(options.Runtime);
            start.ArgumentList.Add("--self-contained");
        }

        await output.WriteLineAsync($"dotnet {string.Join(' ', start.ArgumentList)}");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start dotnet.");
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static string? FindProject()
    {
        const string relative = "functions/Logistics.Functions/Logistics.Functions.csproj";
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(directory.FullName, relative), Path.Combine(directory.FullName, "Logistics.Functions.csproj") })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
