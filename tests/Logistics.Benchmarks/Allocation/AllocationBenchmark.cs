using System.Globalization;
using Logistics.Storage.Sqlite;

namespace Logistics.Benchmarks.Allocation;

/// <summary>
/// Outbound allocation under a burst on one hot item: 1,000 one-line orders taken in through the order intake, then as
/// many concurrent <c>OrderAllocation.AllocateAsync</c> calls released together, on the embedded store with production
/// durability. Prints allocations per second, per-call latency percentiles, the postings rebuilt after a conflict or a
/// caught oversell, and the store calls per allocation; then checks the store (orders, pending out, ledger) and exits 1
/// when an invariant is broken or a call failed.
/// </summary>
/// <remarks>
/// Usage: <c>allocation [--orders 1000] [--units 1-2] [--stock N] [--processes 1] [--sync full|normal]</c>. Without
/// <c>--stock</c> and <c>--processes</c> it runs three scenarios, each on a fresh file: one process with stock for every
/// order; four allocation services with a gate each on the same store (four app instances: the optimistic-concurrency
/// path); one process with stock for half the units (the shortage path). With either option it runs that one scenario;
/// the default stock covers every order. <c>--units</c> is a count or a range: order i asks for min + i mod (max − min + 1).
/// </remarks>
internal static class AllocationBenchmark
{
    /// <summary>The aim set for allocation on the embedded store.</summary>
    private const double AimPerSecond = 500;

    public static async Task<int> RunAsync(string[] args)
    {
        var orders = 1000;
        var (minUnits, maxUnits) = (1, 2);
        long? stock = null;
        int? processes = null;
        var sync = SqliteSynchronousMode.Full;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--orders" when value is not null:
                    orders = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--units" when value is not null:
                    var range = value.Split('-');
                    minUnits = int.Parse(range[0], CultureInfo.InvariantCulture);
                    maxUnits = int.Parse(range[^1], CultureInfo.InvariantCulture);
                    break;
                case "--stock" when value is not null:
                    stock = long.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--processes" when value is not null:
                    processes = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--sync" when value is "full" or "normal":
                    sync = value == "normal" ? SqliteSynchronousMode.Normal : SqliteSynchronousMode.Full;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option {args[i]}. Options: --orders N, --units N|MIN-MAX, --stock N, --processes N, --sync full|normal");
                    return 2;
            }
        }

        if (orders < 1 || minUnits < 1 || maxUnits < minUnits || stock < 0 || processes < 1)
        {
            Console.Error.WriteLine("--orders, --units and --processes must be positive (units MIN ≤ MAX), --stock not negative.");
            return 2;
        }

        SQLitePCL.Batteries_V2.Init();
        var demand = new AllocationScenario(string.Empty, orders, minUnits, maxUnits, 0, 1).Demand;
        List<AllocationScenario> scenarios = stock is null && processes is null
            ?
            [
                new("1 process", orders, minUnits, maxUnits, demand, 1),
                new("4 processes", orders, minUnits, maxUnits, demand, 4),
                new("1 process, stock for half", orders, minUnits, maxUnits, demand / 2, 1),
            ]
            : [new($"{processes ?? 1} process{(processes > 1 ? "es" : string.Empty)}, stock {stock ?? demand}", orders, minUnits, maxUnits, stock ?? demand, processes ?? 1)];

        var units = minUnits == maxUnits ? $"{minUnits}" : $"{minUnits}–{maxUnits}";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"allocation benchmark: {orders} orders of one line ({units} units, {demand} in all) of one item, all allocated at once; synchronous={sync}, {Environment.ProcessorCount} cores"));
        var results = new List<AllocationResult>();
        foreach (var scenario in scenarios)
        {
            var result = await scenario.RunAsync(sync);
            results.Add(result);
            var c = result.Counts;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{scenario.Name}: took in {orders} orders in {result.Intake.TotalSeconds:0.00} s, allocated them in {result.Wall.TotalSeconds:0.00} s"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  per allocation: {result.PerCall(c.Reads):0.0} point reads ({c.InReads.TotalMilliseconds / orders:0.00} ms), {result.PerCall(c.Queries):0.0} queries ({c.InQueries.TotalMilliseconds / orders:0.00} ms), {result.PerCall(c.Batches):0.00} batches ({c.InBatches.TotalMilliseconds / orders:0.00} ms), {result.Cpu.TotalMicroseconds / orders:N0} µs CPU"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {result.Rebuilds} postings rebuilt, {c.Refused} of them after a batch was refused for a conflict; {result.Throws} calls threw and were called again"));
            foreach (var thrown in result.Thrown)
            {
                Console.WriteLine($"  {thrown}");
            }

            foreach (var failure in result.Failures)
            {
                Console.WriteLine($"  FAILED: {failure}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"scenario",-28} {"stock",6} {"alloc/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"rebuilds",9} {"refused",8} {"threw",6} {"check",6}");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Scenario.Name,-28} {r.Scenario.Stock,6} {r.PerSecond,8:N0} {r.Percentile(0.50),8:N1} {r.Percentile(0.95),8:N1} {r.Percentile(0.99),8:N1} {r.Percentile(1.0),8:N1} {r.Rebuilds,9} {r.Counts.Refused,8} {r.Throws,6} {(r.Failures.Count == 0 ? "ok" : "FAILED"),6}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"aim ≥ {AimPerSecond:N0} allocations/s: {string.Join("; ", results.Select(r => $"{r.Scenario.Name} {(r.PerSecond >= AimPerSecond ? "met" : "NOT met")}"))}"));
        return results.All(r => r.Failures.Count == 0) ? 0 : 1;
    }
}
