namespace Logistics.Benchmarks.Fuzz;

/// <summary>A clock that never moves: every case sees the same "today", so a case's verdict does not depend on the day it runs.</summary>
internal sealed class FrozenClock(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => now;
}
