namespace Logistics.Benchmarks.Allocation;

/// <summary>What one burst measured, and what its checks found.</summary>
/// <param name="Scenario">The scenario that ran.</param>
/// <param name="Intake">Time the order intake took for the burst's orders (not part of the measurement).</param>
/// <param name="Wall">From opening the gate until the last call returned.</param>
/// <param name="SortedLatenciesMs">Every call's latency from its start, ascending.</param>
/// <param name="Thrown">What the calls threw, by exception type (a call that throws is called again).</param>
/// <param name="Calls">Calls made: one per order, and one more after every throw but the last of an order that failed.</param>
/// <param name="Throws">Calls that threw.</param>
/// <param name="Counts">Store calls made during the burst.</param>
/// <param name="Cpu">Process CPU time during the burst (both cores).</param>
/// <param name="Failures">Broken invariants and failed calls; empty when the run is correct.</param>
internal sealed record AllocationResult(
    AllocationScenario Scenario, TimeSpan Intake, TimeSpan Wall, IReadOnlyList<double> SortedLatenciesMs, IReadOnlyList<string> Thrown,
    int Calls, int Throws, StoreCounts Counts, TimeSpan Cpu, IReadOnlyList<string> Failures)
{
    public double PerSecond => Scenario.Orders / Wall.TotalSeconds;

    /// <summary>
    /// Postings built again after a call's first: each call reads its order once before the gate and once per build, so
    /// the order reads beyond two per call are rebuilds.
    /// </summary>
    public long Rebuilds => Counts.OrderReads - (2L * Calls);

    public double Percentile(double p) =>
        SortedLatenciesMs.Count == 0 ? double.NaN : SortedLatenciesMs[Math.Min(SortedLatenciesMs.Count - 1, (int)Math.Ceiling(p * SortedLatenciesMs.Count) - 1)];

    public double PerCall(long count) => (double)count / Scenario.Orders;
}
