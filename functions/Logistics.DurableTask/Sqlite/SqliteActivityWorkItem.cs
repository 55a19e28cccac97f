using DurableTask.Core;

namespace Logistics.DurableTask.Sqlite;

/// <summary>An activity work item and the task row it was read from.</summary>
internal sealed class SqliteActivityWorkItem : TaskActivityWorkItem
{
    public required ActivityEntry Entry { get; init; }
}
