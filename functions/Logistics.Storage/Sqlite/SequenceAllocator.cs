namespace Logistics.Storage.Sqlite;

/// <summary>
/// Hands out the global change sequence numbers (and so ETags) for the writer, persisting only a reserved ceiling.
/// </summary>
/// <remarks>
/// Writing the counter row in every transaction would cost one more page per commit. Instead a block of numbers is
/// reserved by storing its ceiling; a restart continues above the stored ceiling, so numbers are never reused (a
/// reused number could revive a stale ETag or hide a change from a feed reader). Another process sharing the file
/// shows up as a stored value different from the one this process last stored: then this process jumps above it,
/// which keeps numbers increasing in commit order across processes. All members run under the write lock.
/// </remarks>
internal sealed class SequenceAllocator(long blockSize = 1000)
{
    private long last;
    private long ceiling = -1; // what this process last read or stored; -1 forces a resync
    private bool dirty;

    /// <summary>Starts a write transaction with the counter value stored in the database.</summary>
    public void Begin(long stored)
    {
        if (stored != ceiling)
        {
            last = Math.Max(last, stored);
            ceiling = stored;
        }

        dirty = false;
    }

    /// <summary>The next number; may extend the reservation (see <see cref="PendingCeiling"/>).</summary>
    public long Next()
    {
        var next = ++last;
        if (next > ceiling)
        {
            ceiling = next + blockSize - 1;
            dirty = true;
        }

        return next;
    }

    /// <summary>The ceiling to store before commit, or null when the reservation did not change.</summary>
    public long? PendingCeiling => dirty ? ceiling : null;

    /// <summary>The transaction rolled back, and the stored ceiling with it: resynchronize at the next begin.</summary>
    public void RolledBack()
    {
        if (dirty)
            ceiling = -1;
        dirty = false;
    }
}
