using Logistics.Storage.Sqlite;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>A fresh database file in the temp folder per test, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    public SqliteTestDatabase(ManualTimeProvider? clock = null, SqliteSynchronousMode synchronousMode = SqliteSynchronousMode.Normal)
    {
        Clock = clock ?? new ManualTimeProvider();
        Folder = Path.Combine(Path.GetTempPath(), "logistics-storage-tests", Guid.NewGuid().ToString("N"));
        Options = new SqliteStorageOptions { DatabasePath = Path.Combine(Folder, "test.db"), SynchronousMode = synchronousMode };
        Storage = SqliteStorage.Open(Options, Clock);
    }

    public ManualTimeProvider Clock { get; }

    public string Folder { get; }

    public SqliteStorageOptions Options { get; }

    public SqliteStorage Storage { get; private set; }

    /// <summary>Closes and reopens the file, as a restarted process would.</summary>
    public SqliteStorage Reopen()
    {
        Storage.Dispose();
        Storage = SqliteStorage.Open(Options, Clock);
        return Storage;
    }

    public void Dispose()
    {
        Storage.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
