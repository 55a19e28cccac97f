using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Logistics.Orchestration;
using Logistics.Orchestration.Client;
using Logistics.Orchestration.Hosting;
using Logistics.Orchestration.Runtime;
using Logistics.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Logistics.Benchmarks.Orchestration;

/// <summary>
/// The Durable Task Scheduler's published scenario on the embedded SQLite store: N orchestrations started together, each
/// calling 5 activities in sequence; prints work items per second (orchestrator episodes + activity executions) and
/// orchestration latency, then the replay cost per history event with the orchestrator cache on and off.
/// Options: <c>--orchestrations N</c> (5000), <c>--activities N</c> (5), <c>--cache on|off</c> (on),
/// <c>--sync full|normal</c> (normal), <c>--receivers N</c> (2 per queue).
/// </summary>
internal static class OrchestrationBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var orchestrations = 5000;
        var activities = 5;
        var cache = true;
        var receivers = 2;
        var sync = SqliteSynchronousMode.Normal;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--orchestrations":
                    orchestrations = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--activities":
                    activities = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--cache":
                    cache = value != "off";
                    break;
                case "--receivers":
                    receivers = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--sync":
                    sync = value == "full" ? SqliteSynchronousMode.Full : SqliteSynchronousMode.Normal;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}");
                    return 2;
            }
        }

        Console.WriteLine($"orchestration benchmark: {orchestrations} orchestrations x {activities} sequential activities, cache {(cache ? "on" : "off")}, synchronous={sync}, {Environment.ProcessorCount} cores");
        await RunThroughputAsync(orchestrations, activities, cache, receivers, sync);
        ReplayCost.Print();
        return 0;
    }

    private static async Task RunThroughputAsync(int orchestrations, int activities, bool cache, int receivers, SqliteSynchronousMode sync)
    {
        var folder = Path.Combine(Path.GetTempPath(), "logistics-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var storage = SqliteStorage.Open(
                new SqliteStorageOptions { DatabasePath = Path.Combine(folder, "orchestration.db"), SynchronousMode = sync },
                TimeProvider.System);
            var registry = new OrchestrationRegistry()
                .AddActivityFunc<int, string>("Hello", (_, i) => Task.FromResult($"Hello {i}"))
                .AddOrchestratorFunc<int, int>("Sequence", async (ctx, count) =>
                {
                    var length = 0;
                    for (var i = 0; i < count; i++)
                        length += (await ctx.CallActivityAsync<string>("Hello", i)).Length;
                    return length;
                });
            var runtime = new OrchestrationRuntime(
                storage.Documents,
                registry,
                new BenchmarkServices(storage.Queue),
                Options.Create(new OrchestrationEngineOptions { EnableOrchestratorCache = cache }),
                TimeProvider.System,
                NullLoggerFactory.Instance);
            var client = new OrchestrationClient(runtime);
            await runtime.InitializeAsync();
            var finished = new ConcurrentDictionary<string, DateTimeOffset>();
            var allDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            runtime.InstanceFinished = (id, _) =>
            {
                finished[id] = DateTimeOffset.UtcNow;
                if (finished.Count >= orchestrations)
                    allDone.TrySetResult();
            };

            var scheduling = Stopwatch.StartNew();
            var created = new ConcurrentDictionary<string, DateTimeOffset>();
            await Parallel.ForAsync(0, orchestrations, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
            {
                var id = $"bench-{i:D6}";
                created[id] = DateTimeOffset.UtcNow;
                await client.ScheduleNewOrchestrationInstanceAsync("Sequence", activities, new StartOrchestrationOptions(id), ct);
            });
            scheduling.Stop();
            Console.WriteLine($"scheduled {orchestrations} in {scheduling.Elapsed.TotalSeconds:0.00} s ({orchestrations / scheduling.Elapsed.TotalSeconds:0} starts/s)");

            var worker = new EmbeddedOrchestrationWorker(
                runtime,
                storage.Queue,
                Options.Create(new EmbeddedWorkerOptions { OrchestrationReceivers = receivers, ActivityReceivers = receivers }));
            var run = Stopwatch.StartNew();
            var startedAt = DateTimeOffset.UtcNow;
            await worker.StartAsync(CancellationToken.None);
            var progress = Task.Run(async () =>
            {
                while (!allDone.Task.IsCompleted)
                {
                    await Task.WhenAny(allDone.Task, Task.Delay(TimeSpan.FromSeconds(5)));
                    if (!allDone.Task.IsCompleted)
                        Console.WriteLine($"  … {finished.Count} done after {run.Elapsed.TotalSeconds:0} s");
                }
            });
            await allDone.Task.WaitAsync(TimeSpan.FromMinutes(30));
            run.Stop();
            await progress;
            await worker.StopAsync(CancellationToken.None);

            var episodes = runtime.Counters.OrchestratorEpisodes;
            var executed = runtime.Counters.ActivityExecutions;
            var workItems = episodes + executed;
            var latencies = finished.Select(kv => (kv.Value - startedAt).TotalMilliseconds).Order().ToList();
            Console.WriteLine($"completed {finished.Count} orchestrations in {run.Elapsed.TotalSeconds:0.00} s");
            Console.WriteLine($"work items: {workItems} ({episodes} orchestrator episodes + {executed} activity executions) = {workItems / run.Elapsed.TotalSeconds:0} work items/s");
            Console.WriteLine($"orchestrations/s: {orchestrations / run.Elapsed.TotalSeconds:0}");
            Console.WriteLine($"latency from worker start: p50 {Percentile(latencies, 0.50):0} ms, p99 {Percentile(latencies, 0.99):0} ms");
            var inFlight = new List<double>(orchestrations);
            for (var i = 0; i < orchestrations; i++)
            {
                var instance = await client.GetInstanceAsync($"bench-{i:D6}", includeHistory: true);
                var firstEpisode = instance!.History!.First(e => e.EventType == HistoryEventType.OrchestratorStarted).Timestamp;
                inFlight.Add((instance.LastUpdatedAt - firstEpisode).TotalMilliseconds);
            }

            inFlight.Sort();
            Console.WriteLine($"latency from first episode to completion: p50 {Percentile(inFlight, 0.50):0} ms, p99 {Percentile(inFlight, 0.99):0} ms");
            var sample = await client.GetInstanceAsync("bench-000000", includeHistory: true);
            Console.WriteLine($"sample history: {sample!.History!.Count} events, status {sample.RuntimeStatus} {sample.FailureDetails}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
