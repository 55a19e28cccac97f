using Logistics.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Logistics.Benchmarks.Storage;

/// <summary>
/// The floor to compare against: a plain INSERT of a same-sized row, one IMMEDIATE transaction per insert, on a
/// prepared command with the store's pragmas (WAL, the same synchronous level).
/// </summary>
internal sealed class RawSqliteInsert : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand insert;

    public RawSqliteInsert(string path, SqliteSynchronousMode synchronous)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = $"""
                PRAGMA journal_mode = WAL; PRAGMA synchronous = {(synchronous == SqliteSynchronousMode.Full ? "FULL" : "NORMAL")};
                CREATE TABLE IF NOT EXISTS raw(pk TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY(pk, id));
                """;
            setup.ExecuteNonQuery();
        }

        insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO raw(pk, id, body) VALUES($pk, $id, $body)";
        insert.Parameters.Add("$pk", SqliteType.Text);
        insert.Parameters.Add("$id", SqliteType.Text);
        insert.Parameters.Add("$body", SqliteType.Text);
    }

    public void Insert(string pk, string id, string body)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        insert.Transaction = transaction;
        insert.Parameters[0].Value = pk;
        insert.Parameters[1].Value = id;
        insert.Parameters[2].Value = body;
        insert.ExecuteNonQuery();
        transaction.Commit();
    }

    public void Dispose()
    {
        insert.Dispose();
        connection.Dispose();
    }
}
