using System.Diagnostics;
using Logistics.Orchestration.CrashHost;
using Logistics.Orchestration.Tests.Support;
using Logistics.Storage.Documents;

namespace Logistics.Orchestration.Tests.Conformance;

public sealed class CrashRecoveryTests
{
    private const int Instances = 60;
    private const int KillAfterEffects = 120;

    [Fact]
    public async Task Killed_worker_process_resumes_every_instance_after_restart()
    {
        var databasePath = OrchestrationTestHost.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        var finishedBeforeKill = await RunChildUntilKilledAsync(databasePath);
        Assert.False(finishedBeforeKill, "the child finished before it was killed; the test proved nothing");

        // The killed process held message locks on the system clock; start the test clock past them.
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow.AddMinutes(10));
        IDocumentStore? store = null;
        await using var host = await OrchestrationTestHost.StartAsync(
            registry => CrashScenario.Register(registry, store!),
            databasePath: databasePath,
            time: time,
            onStoreOpened: opened => store = opened);
        var results = new List<Client.OrchestrationMetadata>();
        for (var i = 0; i < Instances; i++)
            results.Add(await host.WaitForCompletionAsync(CrashScenario.InstanceId(i)));

        var effects = host.Store.GetContainer(CrashScenario.EffectsContainer);
        var stepEffects = 0;
        for (var i = 0; i < Instances; i++)
        {
            var id = CrashScenario.InstanceId(i);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, results[i].RuntimeStatus);
            Assert.Equal(CrashScenario.ExpectedOutput(i), results[i].ReadOutputAs<int>());
            var recorded = await effects.QueryAsync<CrashScenario.Effect>(new DocumentQuery(id) { PageSize = 1000 });
            stepEffects += recorded.Items.Count(e => e.Value.Kind == "step");
            var steps = recorded.Items.Where(e => e.Value.Kind == "step").Select(e => e.Value.Value).Distinct().Order().ToList();
            Assert.Equal(Enumerable.Range(1, CrashScenario.Steps).Select(s => i * 10 + s), steps);
            var result = Assert.Single(recorded.Items, e => e.Value.Kind == "result");
            Assert.Equal(CrashScenario.ExpectedOutput(i), result.Value.Value);
            var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!;
            Assert.Single(history, e => e.EventType == HistoryEventType.ExecutionCompleted);
        }

        // Steps whose effect was recorded but whose result never committed before the kill ran again: at least once.
        Assert.True(stepEffects > Instances * CrashScenario.Steps, $"{stepEffects} step effects for {Instances * CrashScenario.Steps} steps");
    }

    private static async Task<bool> RunChildUntilKilledAsync(string databasePath)
    {
        var childDll = Path.Combine(AppContext.BaseDirectory, "Logistics.Orchestration.CrashHost.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(childDll);
        start.ArgumentList.Add(databasePath);
        start.ArgumentList.Add(Instances.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(KillAfterEffects.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var child = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(OrchestrationTestHost.WorkerTimeout);
        var finished = false;
        while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "all done")
            {
                finished = true;
                break;
            }

            if (line.StartsWith("effect ", StringComparison.Ordinal) && int.Parse(line[7..], System.Globalization.CultureInfo.InvariantCulture) >= KillAfterEffects)
                break;
        }

        if (!child.HasExited)
            child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(timeout.Token);
        if (!finished && child.ExitCode == 0)
            finished = true;
        return finished;
    }
}
