namespace Logistics.Functions.Packaging;

/// <summary>Arguments of the <c>package</c> command.</summary>
/// <param name="Output">Folder to write (created when missing).</param>
/// <param name="Publish">Run <c>dotnet publish</c> into the folder (off with <c>--no-publish</c>).</param>
/// <param name="Runtime">Runtime identifier of the self-contained build (<c>--runtime</c>, default <c>linux-x64</c>).</param>
/// <param name="FrameworkDependent">Build for a host with .NET installed and start it through <c>dotnet</c>.</param>
/// <param name="Configuration">Build configuration (default Release).</param>
/// <param name="Project">Path of Logistics.Functions.csproj (found from the working directory when omitted).</param>
public sealed record PackageOptions(
    string Output,
    bool Publish,
    string Runtime,
    bool FrameworkDependent,
    string Configuration,
    string? Project)
{
    /// <summary>Usage text.</summary>
    public const string Usage =
        "usage: Logistics.Functions package --output <dir> [--no-publish] [--runtime <rid>] [--framework-dependent] [--configuration <cfg>] [--project <csproj>]";

    /// <summary>Parses <c>package ...</c> arguments; throws <see cref="ArgumentException"/> with the usage text.</summary>
    public static PackageOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? output = null;
        string? project = null;
        var publish = true;
        var frameworkDependent = false;
        var runtime = "linux-x64";
        var configuration = "Release";
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--output" or "-o":
                    output = Value(args, ++i);
                    break;
                case "--runtime" or "-r":
                    runtime = Value(args, ++i);
                    break;
                case "--configuration" or "-c":
                    configuration = Value(args, ++i);
                    break;
                case "--project":
                    project = Value(args, ++i);
                    break;
                case "--no-publish":
                    publish = false;
                    break;
                case "--framework-dependent":
                    frameworkDependent = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. {Usage}");
            }
        }

        return output is null
            ? throw new ArgumentException($"--output is required. {Usage}")
            : new PackageOptions(output, publish, runtime, frameworkDependent, configuration, project);
    }

    /// <summary>What host.json starts: the apphost of the self-contained build, or <c>dotnet</c> with the dll.</summary>
    public (string Executable, IReadOnlyList<string> Arguments) Entry =>
        FrameworkDependent
            ? ("dotnet", ["Logistics.Functions.dll"])
            : (Runtime.StartsWith("win", StringComparison.OrdinalIgnoreCase) ? "Logistics.Functions.exe" : "Logistics.Functions", []);

    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count && !args[index].StartsWith("--", StringComparison.Ordinal)
            ? args[index]
            : throw new ArgumentException($"'{args[index - 1]}' needs a value. {Usage}");
}
