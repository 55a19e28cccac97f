namespace Logistics.Functions.Dashboard;

/// <summary>A histogram of instance creation times in buckets of one round size (a minute up to a month).</summary>
/// <param name="From">The first bucket's start.</param>
/// <param name="To">The end of the last bucket (exclusive).</param>
/// <param name="BucketSeconds">The width of every bucket.</param>
/// <param name="Buckets">Every bucket in order, empty ones included.</param>
public sealed record CreatedHistogram(DateTimeOffset From, DateTimeOffset To, long BucketSeconds, IReadOnlyList<HistogramBucket> Buckets)
{
    /// <summary>Most buckets a histogram has.</summary>
    public const int MaxBuckets = 48;

    private static readonly TimeSpan[] Widths =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
        TimeSpan.FromDays(1), TimeSpan.FromDays(7), TimeSpan.FromDays(30),
    ];

    /// <summary>Shortest span a histogram covers when no range is given, so a burst of instances still shows against its hour.</summary>
    public static readonly TimeSpan MinimumSpan = TimeSpan.FromHours(1);

    /// <summary>
    /// Buckets <paramref name="created"/> between <paramref name="from"/> and <paramref name="to"/>; by default from the
    /// first creation (at least <see cref="MinimumSpan"/> before the end) up to <paramref name="now"/> (or the last
    /// creation, if later).
    /// </summary>
    public static CreatedHistogram Build(IReadOnlyCollection<DateTimeOffset> created, DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(created);
        var end = to ?? (created.Count > 0 && created.Max() > now ? created.Max() : now);
        var start = from ?? (created.Count > 0 && created.Min() < end - MinimumSpan ? created.Min() : end - MinimumSpan);
        if (end < start)
        {
            end = start;
        }

        var width = Widths.FirstOrDefault(w => (end - start).Ticks / w.Ticks < MaxBuckets, Widths[^1]);

        // Buckets on round boundaries (UTC), the last one holding the end itself.
        var first = new DateTimeOffset(start.UtcTicks - (start.UtcTicks % width.Ticks), TimeSpan.Zero);
        var count = (int)Math.Min(((end.UtcTicks - first.UtcTicks) / width.Ticks) + 1, MaxBuckets + 1);
        var counts = new int[count];
        foreach (var time in created)
        {
            var index = (time.UtcTicks - first.UtcTicks) / width.Ticks;
            if (index >= 0 && index < count)
            {
                counts[index]++;
            }
        }

        var buckets = counts.Select((n, i) => new HistogramBucket(first + (width * i), n)).ToList();
        return new CreatedHistogram(first, first + (width * count), (long)width.TotalSeconds, buckets);
    }
}
