using DurableTask.Core;

namespace Logistics.DurableTask.Sqlite;

/// <summary>An activity task row; <see cref="Message"/> is null when the row was found by a scan and is read at fetch.</summary>
internal sealed record ActivityEntry(long Seq, TaskMessage? Message);
