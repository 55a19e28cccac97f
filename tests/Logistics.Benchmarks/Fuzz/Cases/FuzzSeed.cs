namespace Logistics.Benchmarks.Fuzz;

/// <summary>
/// Derives each case's seed from the run's seed and the case number (SplitMix64), so a case is reproduced from those
/// two numbers alone, without replaying the cases before it.
/// </summary>
internal static class FuzzSeed
{
    /// <summary>The seed of case <paramref name="index"/> in a run seeded with <paramref name="runSeed"/>.</summary>
    public static ulong For(ulong runSeed, long index)
    {
        unchecked
        {
            var z = runSeed + ((ulong)index + 1) * 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A <see cref="Random"/> for <paramref name="caseSeed"/>; seeded <see cref="Random"/> is stable across runs and machines.</summary>
    public static Random Random(ulong caseSeed) => new(unchecked((int)(caseSeed ^ (caseSeed >> 32))));
}
