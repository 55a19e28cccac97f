using System.Diagnostics;

namespace Logistics.Benchmarks.Intake;

/// <summary>A closed-loop load: <c>concurrency</c> workers send requests back to back for a while; latencies are kept.</summary>
internal static class LoadRun
{
    /// <summary>Runs the load and returns the rate, the latency percentiles and the failures.</summary>
    public static async Task<LoadResult> RunAsync(int concurrency, TimeSpan duration, Func<int, Task<bool>> send)
    {
        var latencies = new List<double>[concurrency];
        var failures = 0;
        var sent = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            while (clock.Elapsed < duration)
            {
                var number = Interlocked.Increment(ref sent);
                var started = Stopwatch.GetTimestamp();
                var ok = await send(number);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadResult(all.Count, failures, all.Count / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

/// <summary>What a load run measured.</summary>
internal sealed record LoadResult(int Requests, int Failures, double PerSecond, double P50Milliseconds, double P99Milliseconds)
{
    public override string ToString() =>
        $"{PerSecond,9:N0}/s   p50 {P50Milliseconds,6:N1} ms   p99 {P99Milliseconds,6:N1} ms   ({Requests:N0} requests, {Failures} failed)";
}
