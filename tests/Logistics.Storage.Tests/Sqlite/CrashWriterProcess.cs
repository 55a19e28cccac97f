using System.Diagnostics;
using System.Reflection;
using Logistics.Storage.CrashWriter;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>Runs the crash writer as a child process and collects the writes it acknowledged.</summary>
internal sealed class CrashWriterProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> acknowledged = [];
    private readonly Lock gate = new();
    private readonly TaskCompletionSource outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<bool>? threshold;
    private int thresholdCount;

    private CrashWriterProcess(string databasePath, long firstIndex)
    {
        var writer = typeof(CrashWriterProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "CrashWriterPath").Value!;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.GetFullPath(writer));
        start.ArgumentList.Add(databasePath);
        start.ArgumentList.Add(firstIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => OnLine(line.Data);
        process.ErrorDataReceived += (_, line) => StandardError += line.Data + Environment.NewLine;
    }

    /// <summary>Standard error of the child, for failure messages.</summary>
    public string StandardError { get; private set; } = string.Empty;

    /// <summary>Complete acknowledgement lines received so far (a line cut by the kill is excluded).</summary>
    public IReadOnlyList<string> Acknowledged
    {
        get
        {
            lock (gate)
                return [.. acknowledged];
        }
    }

    public static CrashWriterProcess Start(string databasePath, long firstIndex)
    {
        var child = new CrashWriterProcess(databasePath, firstIndex);
        child.process.Start();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until at least <paramref name="count"/> writes were acknowledged (the wall clock only bounds a hang).</summary>
    public async Task WaitForAcknowledgementsAsync(int count, TimeSpan safetyNet)
    {
        Task<bool> reached;
        lock (gate)
        {
            threshold = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            thresholdCount = count;
            if (acknowledged.Count >= count)
                threshold.TrySetResult(true);
            reached = threshold.Task;
        }

        var finished = await Task.WhenAny(reached, outputClosed.Task, Task.Delay(safetyNet));
        if (finished != reached)
            throw new InvalidOperationException($"The crash writer acknowledged {Acknowledged.Count} writes, not {count}. stderr: {StandardError}");
    }

    /// <summary>SIGKILL: no finalizers, no flush, no dispose, like a crash; then drains what it had already printed.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        await outputClosed.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            outputClosed.TrySetResult();
            return;
        }

        if (!line.EndsWith(CrashWorkload.EndOfAck))
            return;
        var ack = line[..^1];
        if (ack == "ready")
            return;

        lock (gate)
        {
            acknowledged.Add(ack);
            if (acknowledged.Count >= thresholdCount)
                threshold?.TrySetResult(true);
        }
    }
}
