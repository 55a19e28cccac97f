using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Logistics.Storage.Tests.Emulators;

/// <summary>
/// Starts a Node emulator from <c>tests/emulators/node_modules</c>, or a test server of our own from <c>tests/emulators</c>,
/// on a loopback port and stops it (by its process id) on dispose.
/// A missing emulator is a test failure, never a skip: the README test command installs them.
/// </summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;

    private EmulatorProcess(Process process, StringBuilder output, int port)
    {
        _process = process;
        _output = output;
        Port = port;
    }

    /// <summary>The loopback port the emulator listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Everything the emulator printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Root of the repository (the folder holding Logistics.Functions.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>tests/emulators: the npm package of the emulators and our own test servers.</summary>
    public static string EmulatorsFolder { get; } = Path.Combine(RepositoryRoot, "tests", "emulators");

    /// <summary>
    /// Starts <c>node {script} {arguments}</c>, where <paramref name="arguments"/> may contain <c>{port}</c>, and waits
    /// until the port accepts connections.
    /// </summary>
    public static async Task<EmulatorProcess> StartAsync(string scriptRelativeToNodeModules, string arguments, TimeSpan? startTimeout = null)
    {
        var script = Path.Combine(EmulatorsFolder, "node_modules", scriptRelativeToNodeModules);
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"Emulator script '{script}' is missing. Run the README test command (it runs 'npm ci' in tests/emulators).");
        }

        var port = FreeLoopbackPort();
        var (process, output) = Launch(script, arguments.Replace("{port}", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), _ => { });
        var emulator = new EmulatorProcess(process, output, port);
        await emulator.WaitForPortAsync(startTimeout ?? TimeSpan.FromSeconds(60));
        return emulator;
    }

    /// <summary>
    /// Starts one of our own scripts, <c>node tests/emulators/{script} {arguments}</c>, which picks its own port and
    /// prints it: the port is the <c>port</c> group of the first output line matching <paramref name="readyLine"/>.
    /// </summary>
    public static async Task<EmulatorProcess> StartScriptAsync(string scriptRelativeToEmulators, string arguments, Regex readyLine, TimeSpan? startTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(readyLine);
        var script = Path.Combine(EmulatorsFolder, scriptRelativeToEmulators);
        if (!File.Exists(script) || !Directory.Exists(Path.Combine(EmulatorsFolder, "node_modules")))
        {
            throw new InvalidOperationException(
                $"Emulator script '{script}' or its node_modules is missing. Run the README test command (it runs 'npm ci' in tests/emulators).");
        }

        var ready = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var (process, output) = Launch(script, arguments, line =>
        {
            if (readyLine.Match(line) is { Success: true } match)
                ready.TrySetResult(int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture));
        });
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"Emulator exited with code {process.ExitCode}."));
        if (process.HasExited)
            ready.TrySetException(new InvalidOperationException($"Emulator exited with code {process.ExitCode}."));
        var emulator = new EmulatorProcess(process, output, 0);
        try
        {
            emulator.Port = await ready.Task.WaitAsync(startTimeout ?? TimeSpan.FromSeconds(60));
            return emulator;
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            await emulator.DisposeAsync();
            throw new InvalidOperationException($"{script} did not print its ready line: {exception.Message}\n{emulator.Output}", exception);
        }
    }

    /// <summary>Asks the OS for a currently unused loopback port.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static (Process Process, StringBuilder Output) Launch(string script, string arguments, Action<string> onLine)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            Arguments = $"\"{script}\" {arguments}",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        var output = new StringBuilder();
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            Append(output, e.Data);
            if (e.Data is not null)
                onLine(e.Data);
        };
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, output);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private async Task WaitForPortAsync(TimeSpan timeout)
    {
        // Polls the port: the emulator prints nothing we can rely on across versions.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Emulator exited with code {_process.ExitCode}:\n{Output}");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Emulator did not listen on port {Port} within {timeout}:\n{Output}");
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Logistics.Functions.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Cannot find Logistics.Functions.sln above " + AppContext.BaseDirectory);
    }
}
