using System.Globalization;
using System.Text.Json;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Sqlite;

namespace Logistics.Benchmarks.Storage;

/// <summary>
/// Throughput of the embedded SQLite store and queue beside a raw SQLite insert measured in the same run.
/// Options: <c>--seconds N</c> per measurement (default 2), <c>--sync full|normal|both</c> (default both).
/// </summary>
internal static class StorageBenchmark
{
    private const int BatchSize = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = 2.0;
        var modes = new[] { SqliteSynchronousMode.Full, SqliteSynchronousMode.Normal };
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--seconds":
                    seconds = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--sync":
                    modes = args[i + 1] switch
                    {
                        "full" => [SqliteSynchronousMode.Full],
                        "normal" => [SqliteSynchronousMode.Normal],
                        _ => modes,
                    };
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}");
                    return 2;
            }
        }

        SQLitePCL.Batteries_V2.Init();
        var duration = TimeSpan.FromSeconds(seconds);
        var folder = Path.Combine(Path.GetTempPath(), "logistics-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine($"storage benchmark: {seconds:0.#} s per measurement, {Environment.ProcessorCount} cores, temp folder {folder}");
            Console.WriteLine($"{"synchronous",-12} {"measurement",-48} {"ops/s",12}");
            foreach (var mode in modes)
                await RunModeAsync(folder, mode, duration);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunModeAsync(string folder, SqliteSynchronousMode mode, TimeSpan duration)
    {
        var sampleJson = JsonSerializer.Serialize(Sample(0), DocumentJson.Options);
        using var raw = new RawSqliteInsert(Path.Combine(folder, $"raw-{mode}.db"), mode);
        await using var storage = SqliteStorage.Open(
            new SqliteStorageOptions { DatabasePath = Path.Combine(folder, $"store-{mode}.db"), SynchronousMode = mode },
            TimeProvider.System);
        await storage.Documents.EnsureContainerAsync(new ContainerDefinition("bench", "/pk"));
        var container = storage.Documents.GetContainer("bench");
        for (var k = 0; k < 1000; k++)
            await container.UpsertAsync(Sample(k));
        var etags = new string[64];
        for (var k = 0; k < etags.Length; k++)
            etags[k] = (await container.UpsertAsync(Sample(-1_000_000 - k))).ETag;
        var queue = storage.Queue;
        await queue.DeclareAsync(EntityDefinition.Queue("bench"));
        var lockDuration = TimeSpan.FromMinutes(5);

        var rate = new Rate();
        rate.Add("raw SQLite INSERT, 1 txn each (baseline)", 1, i =>
        {
            raw.Insert("p" + (i % 16), "r" + i, sampleJson);
            return Task.CompletedTask;
        });
        rate.Add("point writes (CreateAsync), 1 caller", 1, i => container.CreateAsync(Sample(1_000_000 + i)));
        rate.Add("point writes (CreateAsync), 8 callers", 8, i => container.CreateAsync(Sample(100_000_000 + i)));
        rate.Add("conditional replaces (ReplaceAsync ifMatch)", 1, async i =>
        {
            var slot = (int)(i % etags.Length);
            var updated = await container.ReplaceAsync(Sample(-1_000_000 - slot) with { Quantity = i }, etags[slot]);
            etags[slot] = updated.ETag;
        });
        rate.Add($"batch commits ({BatchSize} creates each)", 1, i =>
        {
            var partition = "batch" + i.ToString(CultureInfo.InvariantCulture);
            var batch = container.CreateBatch(partition);
            for (var k = 0; k < BatchSize; k++)
                batch.Create(Sample(k) with { Id = "b" + k.ToString(CultureInfo.InvariantCulture), Pk = partition });
            return batch.ExecuteAsync();
        });
        rate.Add("queue send + receive + complete (1 msg each)", 1, async _ =>
        {
            await queue.SendAsync([new OutgoingMessage("bench", sampleJson)]);
            foreach (var message in await queue.ReceiveAsync("bench", 1, lockDuration))
                await queue.CompleteAsync(message);
        });
        rate.Add("point reads (ReadAsync), 1 caller", 1, i => container.ReadAsync<BenchmarkDocument>("d" + (i % 1000), "p" + (i % 1000 % 16)));

        const int Rounds = 5;
        foreach (var (name, perSecond) in await rate.RunAsync(Rounds, duration / Rounds))
            Print(mode, name, perSecond);
    }

    private static BenchmarkDocument Sample(long i)
    {
        var n = i & long.MaxValue;
        return new BenchmarkDocument(
            "d" + i.ToString(CultureInfo.InvariantCulture),
            "p" + (n % 16).ToString(CultureInfo.InvariantCulture),
            "SKU-" + (n % 5000).ToString("D6", CultureInfo.InvariantCulture),
            "LOT-2026-11-" + (n % 97).ToString(CultureInfo.InvariantCulture),
            "A-01-" + (n % 40).ToString("D2", CultureInfo.InvariantCulture),
            "OnHand",
            n,
            new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero));
    }

    private static void Print(SqliteSynchronousMode mode, string name, double rate) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mode,-12} {name,-48} {rate,12:N0}"));
}
