using DurableTask.Core;
using DurableTask.Core.History;
using Logistics.DurableTask.Serialization;
using Logistics.Storage.Sqlite;

namespace Logistics.DurableTask.Sqlite;

/// <summary>The task hub's SQL, on a session the caller holds (the writer inside a transaction, or a reader).</summary>
internal static class TaskHubStore
{
    public static InstanceRow? ReadInstance(SqliteSession session, string instanceId, bool withPayloads = true)
    {
        var sql = withPayloads
            ? $"SELECT {InstanceRow.Columns} FROM dt_instances WHERE instance_id = $id"
            : $"SELECT {InstanceRow.ColumnsWithoutPayloads} FROM dt_instances WHERE instance_id = $id";
        using var reader = session.Command(sql).With("$id", instanceId).ExecuteReader();
        return reader.Read() ? InstanceRow.Read(reader) : null;
    }

    public static (string ExecutionId, OrchestrationStatus Status)? ReadExecution(SqliteSession session, string instanceId)
    {
        using var reader = session.Command("SELECT execution_id, status FROM dt_instances WHERE instance_id = $id")
            .With("$id", instanceId).ExecuteReader();
        return reader.Read() ? (reader.GetString(0), (OrchestrationStatus)reader.GetInt32(1)) : null;
    }

    /// <summary>The messages of an instance visible at <paramref name="nowMs"/>, in the order they were written.</summary>
    public static List<(long Seq, TaskMessage Message)> ReadVisibleMessages(SqliteSession session, string instanceId, long nowMs)
    {
        var messages = new List<(long, TaskMessage)>();
        using var reader = session.Command("SELECT seq, message FROM dt_messages WHERE instance_id = $id AND visible_at <= $now ORDER BY seq")
            .With("$id", instanceId).With("$now", nowMs).ExecuteReader();
        while (reader.Read())
            messages.Add((reader.GetInt64(0), DurableJson.DeserializeMessage(reader.GetString(1))));
        return messages;
    }

    /// <summary>The start message of an instance whose scheduled start is not due yet (none when there is no such message).</summary>
    public static List<(long Seq, TaskMessage Message)> ReadPendingStart(SqliteSession session, string instanceId)
    {
        var starts = new List<(long, TaskMessage)>();
        using var reader = session.Command("SELECT seq, message FROM dt_messages WHERE instance_id = $id ORDER BY seq")
            .With("$id", instanceId).ExecuteReader();
        while (reader.Read() && starts.Count == 0)
        {
            var message = DurableJson.DeserializeMessage(reader.GetString(1));
            if (message.Event is ExecutionStartedEvent)
                starts.Add((reader.GetInt64(0), message));
        }

        return starts;
    }

    /// <summary>The stored history of an instance's current execution, and how many chunk rows hold it.</summary>
    public static (List<HistoryEvent> Events, int Chunks) ReadHistory(SqliteSession session, string instanceId)
    {
        var events = new List<HistoryEvent>();
        var chunks = 0;
        using var reader = session.Command("SELECT events FROM dt_history WHERE instance_id = $id ORDER BY chunk")
            .With("$id", instanceId).ExecuteReader();
        while (reader.Read())
        {
            events.AddRange(DurableJson.DeserializeEvents(reader.GetString(0)));
            chunks++;
        }

        return (events, chunks);
    }

    public static int CountHistoryChunks(SqliteSession session, string instanceId) =>
        Convert.ToInt32(session.Command("SELECT COUNT(*) FROM dt_history WHERE instance_id = $id").With("$id", instanceId).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The stored history chunks as one JSON array, without parsing them.</summary>
    public static string ReadHistoryJson(SqliteSession session, string instanceId)
    {
        var json = new System.Text.StringBuilder("[");
        using var reader = session.Command("SELECT events FROM dt_history WHERE instance_id = $id ORDER BY chunk")
            .With("$id", instanceId).ExecuteReader();
        while (reader.Read())
        {
            var chunk = reader.GetString(0).AsSpan().Trim();
            var inner = chunk[1..^1].Trim();
            if (inner.IsEmpty)
                continue;
            if (json.Length > 1)
                json.Append(',');
            json.Append(inner);
        }

        return json.Append(']').ToString();
    }

    public static void AppendHistory(SqliteSession session, string instanceId, int chunk, string eventsJson) =>
        session.Command("INSERT INTO dt_history(instance_id, chunk, events) VALUES($id, $chunk, $events)")
            .With("$id", instanceId).With("$chunk", chunk).With("$events", eventsJson).ExecuteNonQuery();

    public static void DeleteHistory(SqliteSession session, string instanceId) =>
        session.Command("DELETE FROM dt_history WHERE instance_id = $id").With("$id", instanceId).ExecuteNonQuery();

    public static long InsertMessage(SqliteSession session, string instanceId, long visibleAtMs, string messageJson) =>
        (long)session.Command("INSERT INTO dt_messages(instance_id, visible_at, message) VALUES($id, $visible, $message) RETURNING seq")
            .With("$id", instanceId).With("$visible", visibleAtMs).With("$message", messageJson).ExecuteScalar()!;

    public static void DeleteMessage(SqliteSession session, long seq) =>
        session.Command("DELETE FROM dt_messages WHERE seq = $seq").With("$seq", seq).ExecuteNonQuery();

    public static long InsertActivity(SqliteSession session, string instanceId, string messageJson) =>
        (long)session.Command("INSERT INTO dt_activities(instance_id, message) VALUES($id, $message) RETURNING seq")
            .With("$id", instanceId).With("$message", messageJson).ExecuteScalar()!;

    /// <summary>Deletes an activity task; false when it was gone already (its instance was purged or restarted).</summary>
    public static bool DeleteActivity(SqliteSession session, long seq) =>
        session.Command("DELETE FROM dt_activities WHERE seq = $seq").With("$seq", seq).ExecuteNonQuery() == 1;

    public static TaskMessage? ReadActivity(SqliteSession session, long seq)
    {
        var json = session.Command("SELECT message FROM dt_activities WHERE seq = $seq").With("$seq", seq).ExecuteScalar() as string;
        return json is null ? null : DurableJson.DeserializeMessage(json);
    }

    /// <summary>Deletes everything stored for an instance id: its row, history, messages and activity tasks.</summary>
    public static bool DeleteInstance(SqliteSession session, string instanceId)
    {
        DeleteHistory(session, instanceId);
        DeletePendingWork(session, instanceId);
        return session.Command("DELETE FROM dt_instances WHERE instance_id = $id").With("$id", instanceId).ExecuteNonQuery() == 1;
    }

    /// <summary>Deletes an instance's queued messages and activity tasks (a new execution must not see the old one's).</summary>
    public static void DeletePendingWork(SqliteSession session, string instanceId)
    {
        session.Command("DELETE FROM dt_messages WHERE instance_id = $id").With("$id", instanceId).ExecuteNonQuery();
        session.Command("DELETE FROM dt_activities WHERE instance_id = $id").With("$id", instanceId).ExecuteNonQuery();
    }
}
