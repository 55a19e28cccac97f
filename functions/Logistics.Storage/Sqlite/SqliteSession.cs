using Microsoft.Data.Sqlite;

namespace Logistics.Storage.Sqlite;

/// <summary>
/// One open connection with its prepared-command cache. Used by one caller at a time: the writer under the write
/// lock, a reader while rented from the pool.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    // Reusing a command keeps its prepared statement: the SQL is parsed once per connection, not once per call.
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);
    private List<Action>? afterCommit;

    public SqliteSession(SqliteConnection connection)
    {
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The open write transaction, while this is the writer running a group commit.</summary>
    public SqliteTransaction? Transaction { get; set; }

    /// <summary>Returns the cached command for <paramref name="sql"/>, parameters cleared and bound to the open transaction.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        command.Parameters.Clear();
        command.Transaction = Transaction;
        return command;
    }

    /// <summary>Runs <paramref name="action"/> once the current write transaction commits (never on rollback).</summary>
    public void OnCommit(Action action) => (afterCommit ??= []).Add(action);

    /// <summary>Takes the actions registered for the transaction that just ended.</summary>
    public List<Action>? TakeCommitActions()
    {
        var actions = afterCommit;
        afterCommit = null;
        return actions;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
            command.Dispose();
        commands.Clear();
        Connection.Dispose();
    }
}
