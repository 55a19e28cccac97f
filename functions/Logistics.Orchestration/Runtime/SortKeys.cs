using System.Globalization;

namespace Logistics.Orchestration.Runtime;

/// <summary>Order of pending events: time, then a process-wide counter, so events raised one after another keep their order.</summary>
internal static class SortKeys
{
    private static long counter;

    /// <summary>Keys for a new execution's start and carried-over events sort before everything else.</summary>
    public static string First(int index) => "0" + index.ToString("D9", CultureInfo.InvariantCulture);

    public static string Next(DateTimeOffset now) =>
        "1" + now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)
        + Interlocked.Increment(ref counter).ToString("D19", CultureInfo.InvariantCulture);
}
