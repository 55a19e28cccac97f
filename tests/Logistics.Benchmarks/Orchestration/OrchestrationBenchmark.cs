using System.Diagnostics;
using System.Globalization;
using DurableTask.Core;
using Logistics.Benchmarks.Storage;
using Logistics.DurableTask.Hosting;
using Logistics.Storage;
using Logistics.Storage.Sqlite;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Logistics.Benchmarks.Orchestration;

/// <summary>
/// The Durable Task Scheduler's published scenario — N orchestrations started together, each calling A activities in
/// sequence — on the SQLite task hub and on the SDK's in-memory service, both under TaskHubWorker and the SDK's shims,
/// beside the raw SQLite rate of single-row INSERT transactions measured in the same run (before and after, averaged).
/// Prints work items per second (orchestration episodes + activity executions) and the ratio SQLite / raw inserts.
/// Options: <c>--instances N</c> (5000), <c>--activities N</c> (5), <c>--sync full|normal</c> (full), <c>--seconds N</c>
/// per raw measurement (3).
/// </summary>
internal static class OrchestrationBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var instances = 5000;
        var activities = 5;
        var seconds = 3.0;
        var sync = SqliteSynchronousMode.Full;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--instances":
                    instances = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--activities":
                    activities = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--seconds":
                    seconds = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--sync":
                    sync = value == "normal" ? SqliteSynchronousMode.Normal : SqliteSynchronousMode.Full;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}");
                    return 2;
            }
        }

        SQLitePCL.Batteries_V2.Init();
        var folder = Path.Combine(Path.GetTempPath(), "logistics-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"orchestration benchmark: {instances} orchestrations x {activities} sequential activities, synchronous={sync}, {Environment.ProcessorCount} cores"));
            var rawBefore = MeasureRawInserts(Path.Combine(folder, "raw-before.db"), sync, TimeSpan.FromSeconds(seconds));
            Print("raw SQLite INSERT, 1 txn each (before)", rawBefore, "tx/s");
            var sqlite = await RunScenarioAsync("SQLite task hub", instances, activities, services =>
            {
                services.AddEmbeddedStorage(options =>
                {
                    options.DatabasePath = Path.Combine(folder, "hub.db");
                    options.SynchronousMode = sync;
                });
                services.AddSqliteOrchestrationService();
            });
            var rawAfter = MeasureRawInserts(Path.Combine(folder, "raw-after.db"), sync, TimeSpan.FromSeconds(seconds));
            Print("raw SQLite INSERT, 1 txn each (after)", rawAfter, "tx/s");
            var inMemory = await RunScenarioAsync("InMemoryOrchestrationService", instances, activities, services =>
            {
                var service = new InMemoryOrchestrationService();
                services.AddSingleton<IOrchestrationService>(service);
                services.AddSingleton<IOrchestrationServiceClient>(service);
            });
            var raw = (rawBefore + rawAfter) / 2;
            Console.WriteLine();
            Print("raw SQLite INSERT rate (mean)", raw, "tx/s");
            Print("SQLite task hub", sqlite, "work items/s");
            Print("InMemoryOrchestrationService", inMemory, "work items/s");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio SQLite task hub / raw inserts: {sqlite / raw:0.00}"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double MeasureRawInserts(string path, SqliteSynchronousMode sync, TimeSpan duration)
    {
        using var raw = new RawSqliteInsert(path, sync);
        var body = new string('x', 200);
        var count = 0L;
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromMilliseconds(300))
            raw.Insert("w", "w" + count++.ToString(CultureInfo.InvariantCulture), body);
        var stopwatch = Stopwatch.StartNew();
        var measured = 0L;
        while (stopwatch.Elapsed < duration)
        {
            raw.Insert("p", "r" + count++.ToString(CultureInfo.InvariantCulture), body);
            measured++;
        }

        return measured / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<double> RunScenarioAsync(string label, int instances, int activities, Action<IServiceCollection> addProvider)
    {
        var episodes = 0L;
        var executions = 0L;
        var services = new ServiceCollection();
        addProvider(services);
        services.AddLocalDurableTask(registry => registry
            .AddActivityFunc<int, int>("Step", (_, value) =>
            {
                Interlocked.Increment(ref executions);
                return value + 1;
            })
            .AddOrchestratorFunc<int, int>("Sequence", async (context, count) =>
            {
                // The orchestrator function runs once per episode (replaying what came before).
                Interlocked.Increment(ref episodes);
                var value = 0;
                for (var i = 0; i < count; i++)
                    value = await context.CallActivityAsync<int>("Step", value);
                return value;
            }));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<DurableTaskClient>();
        var service = provider.GetRequiredService<IOrchestrationServiceClient>();
        await provider.GetRequiredService<IOrchestrationService>().CreateIfNotExistsAsync();

        var ids = Enumerable.Range(0, instances).Select(i => "bench-" + i.ToString("D6", CultureInfo.InvariantCulture)).ToArray();
        var scheduling = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, cancellation) =>
            await client.ScheduleNewOrchestrationInstanceAsync("Sequence", activities, new StartOrchestrationOptions(id), cancellation));
        scheduling.Stop();

        var worker = provider.GetServices<IHostedService>().Single();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var run = Stopwatch.StartNew();
        await worker.StartAsync(CancellationToken.None);
        var failed = 0;
        foreach (var id in ids)
        {
            var state = await service.WaitForOrchestrationAsync(id, null, TimeSpan.Zero, CancellationToken.None);
            if (state.OrchestrationStatus != OrchestrationStatus.Completed || state.Output != activities.ToString(CultureInfo.InvariantCulture))
                failed++;
        }

        run.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        await worker.StopAsync(CancellationToken.None);
        var workItems = Interlocked.Read(ref episodes) + Interlocked.Read(ref executions);
        var rate = workItems / run.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: scheduled {instances} in {scheduling.Elapsed.TotalSeconds:0.00} s; ran {workItems} work items ({episodes} episodes + {executions} activities) in {run.Elapsed.TotalSeconds:0.00} s = {rate:N0} work items/s, {cpu.TotalMicroseconds / workItems:0} µs CPU per work item{(failed > 0 ? $"; {failed} NOT COMPLETED AS EXPECTED" : string.Empty)}"));
        return rate;
    }

    private static void Print(string name, double value, string unit) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-44} {value,12:N0} {unit}"));
}
