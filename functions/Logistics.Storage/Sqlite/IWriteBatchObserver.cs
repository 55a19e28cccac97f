namespace Logistics.Storage.Sqlite;

/// <summary>Sees every group-commit transaction: at its start (inside it) and once it has committed or rolled back.</summary>
internal interface IWriteBatchObserver
{
    /// <summary>Runs first inside the transaction, under SQLite's write lock.</summary>
    void BatchStarting(SqliteSession session);

    /// <summary>Runs after the transaction ended, before the batch's writers are told.</summary>
    void BatchEnded(bool committed);
}
