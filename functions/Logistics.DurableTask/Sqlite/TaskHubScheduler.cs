using DurableTask.Core;
using Logistics.Storage.Sqlite;

namespace Logistics.DurableTask.Sqlite;

/// <summary>
/// The worker's in-memory view of pending work: which instances have deliverable messages, which activity tasks wait,
/// and what falls due later. The database stays the truth; this view is rebuilt from it at start.
/// </summary>
/// <remarks>
/// Work written by this process is handed over right after its commit (no polling latency). Work written by other
/// processes is found by reading rows above the last sequence numbers seen; that read runs first inside every group-commit
/// transaction, under SQLite's write lock, so nothing can commit in between and our own rows, numbered after it, are never
/// seen twice (an activity found twice would run twice). All frontier state is touched on the writer loop only:
/// <see cref="BatchStarting"/>, <see cref="BatchEnded"/> and the commit callbacks run there one after another.
/// While disabled (a process that only uses the client) nothing is tracked; enabling rescans the whole hub.
/// </remarks>
internal sealed class TaskHubScheduler : IWriteBatchObserver, IDisposable
{
    private readonly List<(long Seq, string InstanceId, long VisibleAt)> foundMessages = [];
    private readonly List<long> foundActivities = [];
    private volatile bool enabled;
    private volatile bool resetRequested;
    private bool batchActive;
    private long lastMessageSeq;
    private long lastActivitySeq;

    public TaskHubScheduler(TimeProvider time)
    {
        Due = new DueTriggers(time, Instances.MarkReady, Activities.Add);
    }

    public ReadyInstances Instances { get; } = new();

    public ActivityQueue Activities { get; } = new();

    public DueTriggers Due { get; }

    /// <summary>Starts tracking; the next group commit rescans every pending message and activity task.</summary>
    public void Enable()
    {
        resetRequested = true;
        enabled = true;
    }

    public void Disable()
    {
        enabled = false;
        Clear();
    }

    public void BatchStarting(SqliteSession session)
    {
        batchActive = enabled;
        if (!batchActive)
            return;
        if (resetRequested)
        {
            resetRequested = false;
            Clear();
            lastMessageSeq = 0;
            lastActivitySeq = 0;
        }

        using (var reader = session.Command("SELECT seq, instance_id, visible_at FROM dt_messages WHERE seq > $after ORDER BY seq")
            .With("$after", lastMessageSeq).ExecuteReader())
        {
            while (reader.Read())
                foundMessages.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)));
        }

        using (var reader = session.Command("SELECT seq FROM dt_activities WHERE seq > $after ORDER BY seq")
            .With("$after", lastActivitySeq).ExecuteReader())
        {
            while (reader.Read())
                foundActivities.Add(reader.GetInt64(0));
        }
    }

    // Rows found at the start were committed by others before this transaction, so they count whatever its outcome.
    public void BatchEnded(bool committed)
    {
        foreach (var (seq, instanceId, visibleAt) in foundMessages)
        {
            lastMessageSeq = Math.Max(lastMessageSeq, seq);
            Due.Add(UnixTime.ToDateTimeOffset(visibleAt), instanceId);
        }

        foreach (var seq in foundActivities)
        {
            lastActivitySeq = Math.Max(lastActivitySeq, seq);
            Activities.Add(new ActivityEntry(seq, null));
        }

        foundMessages.Clear();
        foundActivities.Clear();
    }

    /// <summary>A message this process committed (call from a group-commit callback).</summary>
    public void MessageCommitted(long seq, string instanceId, long visibleAtMs)
    {
        if (!batchActive)
            return;
        lastMessageSeq = Math.Max(lastMessageSeq, seq);
        Due.Add(UnixTime.ToDateTimeOffset(visibleAtMs), instanceId);
    }

    /// <summary>An activity task this process committed (call from a group-commit callback).</summary>
    public void ActivityCommitted(long seq, TaskMessage message)
    {
        if (!batchActive)
            return;
        lastActivitySeq = Math.Max(lastActivitySeq, seq);
        Activities.Add(new ActivityEntry(seq, message));
    }

    /// <summary>Delivers an abandoned instance's messages again at <paramref name="at"/>.</summary>
    public void RetryInstance(string instanceId, DateTimeOffset at)
    {
        if (enabled)
            Due.Add(at, instanceId);
    }

    /// <summary>Delivers an abandoned activity task again at <paramref name="at"/>.</summary>
    public void RetryActivity(ActivityEntry activity, DateTimeOffset at)
    {
        if (enabled)
            Due.Add(at, activity);
    }

    public void Dispose() => Due.Dispose();

    private void Clear()
    {
        Due.Clear();
        Instances.Clear();
        Activities.Clear();
    }
}
