using System.Diagnostics;
using System.Globalization;
using Logistics.Application.Outbound;
using Logistics.Application.Workflow;
using Logistics.Storage.Sqlite;

namespace Logistics.Benchmarks.Allocation;

/// <summary>
/// One burst: <see cref="Orders"/> one-line orders of one hot item, taken in through the order intake, then allocated by
/// as many concurrent <c>AllocateAsync</c> calls, released together, spread over <see cref="Processes"/> allocation
/// services with a gate each (one app instance each, all on one store).
/// </summary>
/// <param name="Name">The scenario's row in the table.</param>
/// <param name="Orders">Orders in the burst.</param>
/// <param name="MinUnits">Units of the first order; order i asks for <c>MinUnits + i mod (MaxUnits − MinUnits + 1)</c>.</param>
/// <param name="MaxUnits">The most units an order asks for.</param>
/// <param name="Stock">Units of the hot item on hand before the burst.</param>
/// <param name="Processes">Allocation services, each with its own gate.</param>
internal sealed record AllocationScenario(string Name, int Orders, int MinUnits, int MaxUnits, long Stock, int Processes)
{
    /// <summary>The hot item every measured order asks for.</summary>
    public const string HotSku = "HOT-1";

    // Warm-up orders of another item, allocated before the burst so that the burst runs on jitted code and warm caches.
    private const string WarmSku = "WARM-1";
    private const int WarmOrders = 100;

    /// <summary>Units all the orders ask for together.</summary>
    public long Demand => Enumerable.Range(0, Orders).Sum(i => (long)UnitsOf(i));

    /// <summary>Sets the stock up, takes the orders in, runs the burst and checks the store afterwards.</summary>
    public async Task<AllocationResult> RunAsync(SqliteSynchronousMode sync)
    {
        await using var warehouse = await AllocationWarehouse.OpenAsync(sync);
        OrderAllocation[] allocators = Processes == 1 ? [warehouse.Allocation] : [.. Enumerable.Range(0, Processes).Select(_ => warehouse.NewInstance())];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // Warm-up: the same code path on another item, through every allocation service.
        await warehouse.RegisterItemAsync(WarmSku);
        await warehouse.StockAsync(WarmSku, "WARM-L1", "A-01-06", WarmOrders, today.AddDays(200));
        var warm = await PlaceAllAsync(warehouse, "WARM", WarmOrders, _ => (WarmSku, 1));
        var warmBurst = await BurstAsync(allocators, warm);

        // The hot item: a quarter of the stock in each of four locations, over three lots of increasing expiry (FEFO drains
        // the first lot's two locations first, so every allocation in the burst competes for the same one or two balances).
        await warehouse.RegisterItemAsync(HotSku);
        var shares = new[] { Stock / 4, Stock / 4, Stock / 4, Stock - (3 * (Stock / 4)) };
        var places = new[] { ("HOT-L1", "A-01-01", 60), ("HOT-L1", "A-01-02", 60), ("HOT-L2", "A-01-03", 90), ("HOT-L3", "A-01-04", 120) };
        for (var i = 0; i < places.Length; i++)
        {
            if (shares[i] > 0)
            {
                await warehouse.StockAsync(HotSku, places[i].Item1, places[i].Item2, checked((int)shares[i]), today.AddDays(places[i].Item3));
            }
        }

        var intake = Stopwatch.StartNew();
        var orders = await PlaceAllAsync(warehouse, "SO", Orders, i => (HotSku, UnitsOf(i)));
        intake.Stop();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = warehouse.Store.Counts;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var burst = await BurstAsync(allocators, orders);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var counts = warehouse.Store.Counts.Since(before);

        var failures = new List<string>();
        if (warmBurst.Failed + burst.Failed > 0)
        {
            failures.Add($"{warmBurst.Failed} warm-up and {burst.Failed} measured calls failed every attempt");
        }

        failures.AddRange(await AllocationChecks.VerifyAsync(
            warehouse, ([.. orders.Select(o => o.OrderId)], HotSku, Stock), ([.. warm.Select(o => o.OrderId)], WarmSku, WarmOrders)));
        return new AllocationResult(this, intake.Elapsed, burst.Wall, burst.LatenciesMs, [.. Describe(warmBurst.Thrown, "warm-up"), .. Describe(burst.Thrown, "measured")],
            burst.Calls, burst.Thrown.Count, counts, cpu, failures);
    }

    // Throws by exception type, with the first one's message.
    private static IEnumerable<string> Describe(List<Exception> thrown, string calls) =>
        thrown.GroupBy(e => e.GetType().Name).Select(g => $"{g.Count()} {calls} calls threw {g.Key} (the first: {g.First().Message})");

    private int UnitsOf(int order) => MinUnits + (order % (MaxUnits - MinUnits + 1));

    // Takes the orders in, eight at a time (the intake is not what is measured).
    private static async Task<List<(string OrderId, int Allocator)>> PlaceAllAsync(AllocationWarehouse warehouse, string prefix, int count, Func<int, (string Sku, int Units)> line)
    {
        var ids = new string[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var (sku, units) = line(i);
            ids[i] = await warehouse.PlaceAsync(prefix + "-" + i.ToString("D6", CultureInfo.InvariantCulture), sku, units);
        });
        return [.. ids.Select((id, i) => (id, i))];
    }

    // Starts one call per order, the i-th on allocator i mod n, all waiting on one gate; opens it and times every call.
    // A call that throws is called again, up to the attempts the order's orchestration gives its allocation activity
    // (there after a back-off of a second or more, here at once); every throw is kept.
    private static async Task<Burst> BurstAsync(IReadOnlyList<OrderAllocation> allocators, IReadOnlyList<(string OrderId, int Index)> orders)
    {
        var attempts = Durable.Retry.Retry?.Policy?.MaxNumberOfAttempts ?? 1;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var latencies = new double[orders.Count];
        var thrown = new List<Exception>();
        var failed = 0;
        var calls = 0;
        var waiting = 0;
        var running = orders.Select(order => Task.Run(async () =>
        {
            Interlocked.Increment(ref waiting);
            await release.Task;
            var started = Stopwatch.GetTimestamp();
            for (var attempt = 1; attempt <= attempts; attempt++)
            {
                Interlocked.Increment(ref calls);
                try
                {
                    await allocators[order.Index % allocators.Count].AllocateAsync(AllocationWarehouse.Owner, order.OrderId, CancellationToken.None);
                    break;
                }
#pragma warning disable CA1031 // Counted and reported; a call that fails every attempt fails the run.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    lock (thrown)
                    {
                        thrown.Add(ex);
                    }

                    if (attempt == attempts)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            }

            latencies[order.Index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        })).ToList();

        // Let every call reach the gate before opening it.
        while (Volatile.Read(ref waiting) < orders.Count)
        {
            await Task.Delay(10);
        }

        var wall = Stopwatch.StartNew();
        release.SetResult();
        await Task.WhenAll(running);
        wall.Stop();
        Array.Sort(latencies);
        return new Burst(wall.Elapsed, latencies, thrown, calls, failed);
    }

    private sealed record Burst(TimeSpan Wall, double[] LatenciesMs, List<Exception> Thrown, int Calls, int Failed);
}
