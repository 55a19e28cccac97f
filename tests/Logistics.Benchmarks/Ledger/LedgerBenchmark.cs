using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Logistics.Application.Warehouse;
using Logistics.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Benchmarks.Ledger;

/// <summary>
/// The monthly stock ledger of a large owner on the embedded store: 10,000 SKUs and 1,000,000 movements in the month
/// (plus an opening stock the day before), then <c>StockReports.LedgerAsync</c> for the month and its CSV written to a
/// null stream, each run in a child process (<c>ledger-run</c>) that reports its time and its peak working set.
/// Prints a table; exits 1 when a line breaks the ledger identity or the closings do not add up to what was seeded.
/// </summary>
/// <remarks>Usage: <c>ledger [--skus 10000] [--movements 1000000] [--runs 3] [--seed 1] [--keep]</c>; <c>--keep</c> leaves the seeded file for profiling.</remarks>
internal static class LedgerBenchmark
{
    private const double AimSeconds = 5;
    private const double AimMegabytes = 256;

    public static async Task<int> RunAsync(string[] args)
    {
        var (skus, movements, runs, seed) = (10_000, 1_000_000, 3, 1);
        var keep = args.Contains("--keep");
        args = [.. args.Where(a => a != "--keep")];
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : -1;
            switch (args[i])
            {
                case "--skus" when value > 0:
                    skus = value;
                    break;
                case "--movements" when value > 0:
                    movements = value;
                    break;
                case "--runs" when value > 0:
                    runs = value;
                    break;
                case "--seed" when value >= 0:
                    seed = value;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option {args[i]}. Options: --skus N, --movements N, --runs N, --seed N, --keep");
                    return 2;
            }
        }

        SQLitePCL.Batteries_V2.Init();
        var folder = Directory.CreateTempSubdirectory("logistics-ledger-bench-").FullName;
        var database = Path.Combine(folder, "logistics.db");
        try
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ledger benchmark: {skus} SKUs, {movements} movements in {LedgerSeeder.MonthStart:yyyy-MM}, {Environment.ProcessorCount} cores, {database}"));
            var seeder = new LedgerSeeder(skus, movements, seed);
            var watch = Stopwatch.StartNew();
            await using (var storage = SqliteStorage.Open(new SqliteStorageOptions { DatabasePath = database, SynchronousMode = SqliteSynchronousMode.Normal }, TimeProvider.System))
            {
                using var services = new ServiceCollection().BuildServiceProvider();
                await seeder.SeedAsync(new WarehouseStore(storage.Documents, services), CancellationToken.None);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seeded {seeder.Written} movement documents in {watch.Elapsed.TotalSeconds:0.0} s; file {new FileInfo(database).Length / 1024.0 / 1024.0:0} MB"));

            Console.WriteLine($"{"run",4} {"ledger s",9} {"+csv s",8} {"cpu s",7} {"lines",7} {"peak WS MB",11} {"GC heap MB",11} {"allocated MB",13} {"gen0/1/2",10} {"closing",12} {"identity",9} {"load",5}");
            var failed = false;
            for (var run = 1; run <= runs; run++)
            {
                var load = LoadAverage();
                var result = await RunChildAsync(database);
                if (result is null)
                {
                    return 1;
                }

                var r = result.Value;
                var closing = r.GetProperty("closing").GetInt64();
                var broken = r.GetProperty("identityFailures").GetInt32();
                failed |= broken > 0 || closing != seeder.ExpectedClosing;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{run,4} {r.GetProperty("reportMs").GetDouble() / 1000,9:0.00} {r.GetProperty("totalMs").GetDouble() / 1000,8:0.00} {r.GetProperty("cpuMs").GetDouble() / 1000,7:0.00} {r.GetProperty("lines").GetInt32(),7} " +
                    $"{r.GetProperty("peakWorkingSetMb").GetDouble(),11:0.0} {r.GetProperty("gcHeapMb").GetDouble(),11:0.0} {r.GetProperty("allocatedMb").GetDouble(),13:0} " +
                    $"{$"{r.GetProperty("gen0").GetInt32()}/{r.GetProperty("gen1").GetInt32()}/{r.GetProperty("gen2").GetInt32()}",10} {closing,12} {(broken == 0 ? "ok" : $"{broken} bad"),9} {load,5}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"     detail: {r.GetProperty("detailLines").GetInt32()} movement lines of the month in {r.GetProperty("detailMs").GetDouble() / 1000:0.00} s (the peak working set above includes it)"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"aim: ledger + CSV ≤ {AimSeconds} s and peak working set ≤ {AimMegabytes} MB; expected closing {seeder.ExpectedClosing}"));
            if (failed)
            {
                Console.Error.WriteLine("FAILED: a line breaks Opening + ins − outs = Closing, or the closings do not add up to the seeded stock.");
                return 1;
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // The machine's 1-minute load average before a run (Linux), because wall times on a shared machine depend on it.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    // Re-invokes this executable (or `dotnet <dll>` when run that way) with `ledger-run`.
    private static async Task<JsonElement?> RunChildAsync(string database)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(LedgerBenchmark).Assembly.Location);
        }

        start.ArgumentList.Add("ledger-run");
        start.ArgumentList.Add(database);
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(LedgerRun.ResultPrefix, StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            Console.Error.WriteLine($"ledger-run failed (exit {child.ExitCode}): {output}");
            return null;
        }

        using var document = JsonDocument.Parse(line[LedgerRun.ResultPrefix.Length..]);
        return document.RootElement.Clone();
    }
}
