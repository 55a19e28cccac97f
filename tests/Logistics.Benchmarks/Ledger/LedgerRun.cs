using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Logistics.Application.Reports;
using Logistics.Application.Warehouse;
using Logistics.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Benchmarks.Ledger;

/// <summary>
/// The measured part, run in a process of its own so that its peak working set is the report's alone: the month's
/// stock ledger from the seeded file, written as CSV to a null stream; prints one result line as JSON.
/// </summary>
internal static class LedgerRun
{
    /// <summary>The prefix of the result line the parent reads.</summary>
    public const string ResultPrefix = "LEDGER-RESULT ";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("Usage: ledger-run <database path>");
            return 2;
        }

        SQLitePCL.Batteries_V2.Init();
        await using var storage = SqliteStorage.Open(new SqliteStorageOptions { DatabasePath = args[0] }, TimeProvider.System);
        using var services = new ServiceCollection().BuildServiceProvider();
        // The monthly ledger as its schedule runs it: on the 1st, just after the month ended.
        var reports = new StockReports(new WarehouseStore(storage.Documents, services), new FixedTime(LedgerSeeder.MonthEnd.AddMinutes(5)));

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var report = await reports.LedgerAsync(LedgerSeeder.Owner, LedgerSeeder.MonthStart, LedgerSeeder.MonthEnd, CancellationToken.None);
        var reportMs = watch.Elapsed.TotalMilliseconds;
        await StockLedgerCsv.WriteAsync(report, Stream.Null, CancellationToken.None);
        var totalMs = watch.Elapsed.TotalMilliseconds;
        process.Refresh();

        // CPU time beside wall time: on a shared machine the wall time says as much about the neighbours as about the report.
        var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;

        // Then the month's movement detail, which spills the period to one file per day and writes it day by day.
        var detailWatch = Stopwatch.StartNew();
        var detailLines = 0;
        await StockLedgerMovementsCsv.WriteAsync(Counted(reports.LedgerMovementsAsync(LedgerSeeder.Owner, LedgerSeeder.MonthStart, LedgerSeeder.MonthEnd, CancellationToken.None), () => detailLines++), Stream.Null, CancellationToken.None);
        var detailMs = detailWatch.Elapsed.TotalMilliseconds;

        var broken = report.Lines.Count(l => l.Opening + l.Received + l.Returned + l.AdjustedIn - l.Shipped - l.Disposed - l.AdjustedOut != l.Closing);
        var gc = GC.GetGCMemoryInfo();
        var result = new
        {
            reportMs,
            totalMs,
            cpuMs,
            lines = report.Lines.Count,
            detailMs,
            detailLines,
            identityFailures = broken,
            closing = report.Lines.Sum(l => l.Closing),
            peakWorkingSetMb = PeakWorkingSetKb() / 1024.0,
            gcHeapMb = gc.HeapSizeBytes / 1024.0 / 1024.0,
            gcCommittedMb = gc.TotalCommittedBytes / 1024.0 / 1024.0,
            allocatedMb = GC.GetTotalAllocatedBytes(precise: true) / 1024.0 / 1024.0,
            gen0 = GC.CollectionCount(0),
            gen1 = GC.CollectionCount(1),
            gen2 = GC.CollectionCount(2),
        };
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
        return 0;
    }

    // VmHWM: the process's peak resident set, as the kernel counted it (Linux).
    private static long PeakWorkingSetKb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return Environment.WorkingSet / 1024;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static async IAsyncEnumerable<T> Counted<T>(IAsyncEnumerable<T> items, Action count)
    {
        await foreach (var item in items)
        {
            count();
            yield return item;
        }
    }
}
