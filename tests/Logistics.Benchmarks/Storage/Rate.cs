using System.Diagnostics;

namespace Logistics.Benchmarks.Storage;

/// <summary>
/// Measures several operations in interleaved rounds: each round gives every operation one time slice, so a noisy
/// shared disk (fsync latency here varies tenfold from minute to minute) weighs on all of them alike and their
/// ratios stay meaningful.
/// </summary>
internal sealed class Rate
{
    private readonly List<Measurement> measurements = [];

    /// <summary>Adds an operation, called with 0, 1, 2… from <paramref name="callers"/> concurrent loops.</summary>
    public void Add(string name, int callers, Func<long, Task> operation) => measurements.Add(new Measurement(name, callers, operation));

    /// <summary>Runs <paramref name="rounds"/> rounds of <paramref name="slice"/> per operation and returns operations per second.</summary>
    public async Task<IReadOnlyList<(string Name, double PerSecond)>> RunAsync(int rounds, TimeSpan slice)
    {
        // Warm-up: JIT, prepared statements, and a WAL that has grown and been recycled once.
        foreach (var measurement in measurements)
            await measurement.RunSliceAsync(slice / 2, count: false);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var measurement in measurements)
                await measurement.RunSliceAsync(slice, count: true);
        }

        return measurements.Select(measurement => (measurement.Name, measurement.Operations / measurement.Elapsed.TotalSeconds)).ToList();
    }

    private sealed class Measurement(string name, int callers, Func<long, Task> operation)
    {
        private long next;

        public string Name { get; } = name;

        public long Operations { get; private set; }

        public TimeSpan Elapsed { get; private set; }

        public async Task RunSliceAsync(TimeSpan slice, bool count)
        {
            var before = Interlocked.Read(ref next);
            var stopwatch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
            {
                while (stopwatch.Elapsed < slice)
                    await operation(Interlocked.Increment(ref next));
            })));
            stopwatch.Stop();
            if (count)
            {
                Operations += Interlocked.Read(ref next) - before;
                Elapsed += stopwatch.Elapsed;
            }
        }
    }
}
