using DurableTask.Core;

namespace Logistics.DurableTask.Sqlite;

/// <summary>An orchestration work item with what its completion needs to know about the rows it was read from.</summary>
internal sealed class SqliteOrchestrationWorkItem : TaskOrchestrationWorkItem
{
    /// <summary>Sequence numbers of the delivered messages, deleted when the episode commits.</summary>
    public required IReadOnlyList<long> MessageSeqs { get; init; }

    /// <summary>The execution id of the instance row when the work item was read; the commit checks it has not changed.</summary>
    public required string StoredExecutionId { get; init; }

    /// <summary>History chunk rows stored for that execution; the episode appends chunk number <c>HistoryChunks</c>.</summary>
    public required int HistoryChunks { get; init; }
}
