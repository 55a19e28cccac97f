using DurableTask.Core;

namespace Logistics.DurableTask.Sqlite;

/// <summary>Status sets the task hub works with, and their bit masks for SQL (<c>(mask &gt;&gt; status) &amp; 1</c>).</summary>
internal static class OrchestrationStatuses
{
    public const long All = -1L;

    /// <summary>The statuses <see cref="Client.CoreConversions.IsTerminal"/> calls terminal, as a mask.</summary>
    public static long Terminal { get; } = MaskOf(Enum.GetValues<OrchestrationStatus>().Where(Client.CoreConversions.IsTerminal));

    /// <summary>The mask of <paramref name="statuses"/>, or of every status when none are given.</summary>
    public static long MaskOf(IEnumerable<OrchestrationStatus>? statuses)
    {
        if (statuses is null)
            return All;
        var mask = 0L;
        var any = false;
        foreach (var status in statuses)
        {
            mask |= 1L << (int)status;
            any = true;
        }

        return any ? mask : All;
    }
}
