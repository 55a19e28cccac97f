namespace Logistics.Orchestration.Runtime;

/// <summary>Work done by this runtime (for benchmarks and diagnostics).</summary>
internal sealed class RuntimeCounters
{
    private long orchestratorEpisodes;
    private long activityExecutions;
    private long replayedEvents;

    public long OrchestratorEpisodes => Interlocked.Read(ref orchestratorEpisodes);

    public long ActivityExecutions => Interlocked.Read(ref activityExecutions);

    public long ReplayedEvents => Interlocked.Read(ref replayedEvents);

    public void Episode() => Interlocked.Increment(ref orchestratorEpisodes);

    public void Activity() => Interlocked.Increment(ref activityExecutions);

    public void Replayed(int count) => Interlocked.Add(ref replayedEvents, count);
}
