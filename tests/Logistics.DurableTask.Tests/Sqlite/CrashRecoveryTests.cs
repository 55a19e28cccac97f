using System.Diagnostics;
using System.Globalization;
using DurableTask.Core;
using DurableTask.Core.Query;
using Logistics.DurableTask.CrashHost;
using Logistics.DurableTask.Sqlite;
using Logistics.DurableTask.Tests.Support;
using Logistics.Storage.Documents;
using Logistics.Storage.Sqlite;

namespace Logistics.DurableTask.Tests.Sqlite;

/// <summary>
/// A worker process killed with SIGKILL in the middle of its run, three times over, loses nothing: after a final restart
/// every instance completes with its expected output and every step's effect is recorded exactly once.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Instances = 50;
    private const int EffectsPerRun = 40;

    [Fact]
    public async Task Worker_killed_mid_run_three_times_resumes_every_instance_after_restart()
    {
        var databasePath = DurableTaskHost.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        try
        {
            for (var cycle = 1; cycle <= 3; cycle++)
            {
                var finished = await RunChildAsync(databasePath, killHint: EffectsPerRun);
                Assert.False(finished, $"run {cycle} finished before it was killed; the test proved nothing");
                var unfinished = await CountUnfinishedAsync(databasePath);
                Assert.True(unfinished > 0, $"run {cycle}: every instance had finished at kill time");
            }

            Assert.True(await RunChildAsync(databasePath, killHint: 0), "the final run did not finish");

            await using var storage = SqliteStorage.Open(new SqliteStorageOptions { DatabasePath = databasePath }, TimeProvider.System);
            await using var service = new SqliteOrchestrationService(storage);
            var effects = storage.Documents.GetContainer(CrashScenario.Effects.Name);
            for (var i = 0; i < Instances; i++)
            {
                var id = CrashScenario.InstanceId(i);
                var state = await service.GetOrchestrationStateAsync(id, executionId: null);
                Assert.Equal(OrchestrationStatus.Completed, state.OrchestrationStatus);
                Assert.Equal(CrashScenario.ExpectedOutput(i).ToString(CultureInfo.InvariantCulture), state.Output);
                var recorded = await effects.QueryAsync<CrashScenario.Effect>(new DocumentQuery(id) { PageSize = 100 });
                Assert.Equal(Enumerable.Range(1, CrashScenario.Steps), recorded.Items.Select(e => e.Value.Step).Order());
                Assert.All(recorded.Items, e => Assert.Equal(CrashScenario.StepValue(i, e.Value.Step), e.Value.Value));
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(databasePath)!, recursive: true);
        }
    }

    /// <summary>Runs the child; with a kill hint, SIGKILLs it once it reported that many effects. True if it ran to the end.</summary>
    private static async Task<bool> RunChildAsync(string databasePath, int killHint)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Logistics.DurableTask.CrashHost.dll"));
        start.ArgumentList.Add(databasePath);
        start.ArgumentList.Add(Instances.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(killHint.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var errors = child.StandardError.ReadToEndAsync(timeout.Token);
        var finished = false;
        while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "all done")
            {
                finished = true;
                break;
            }

            if (killHint > 0 && line.StartsWith("effect ", StringComparison.Ordinal)
                && int.Parse(line.AsSpan(7), CultureInfo.InvariantCulture) >= killHint)
            {
                child.Kill(entireProcessTree: true);
                break;
            }
        }

        await child.WaitForExitAsync(timeout.Token);
        var stderr = await errors;
        Assert.True(killHint > 0 || child.ExitCode == 0, $"the child failed ({child.ExitCode}): {stderr}");
        return finished;
    }

    private static async Task<int> CountUnfinishedAsync(string databasePath)
    {
        await using var storage = SqliteStorage.Open(new SqliteStorageOptions { DatabasePath = databasePath }, TimeProvider.System);
        await using var service = new SqliteOrchestrationService(storage);
        var result = await service.GetOrchestrationWithQueryAsync(
            new OrchestrationQuery { PageSize = 1000, RuntimeStatus = [OrchestrationStatus.Pending, OrchestrationStatus.Running] },
            CancellationToken.None);
        return result.OrchestrationState.Count;
    }
}
