using System.Globalization;
using System.Text;

namespace Logistics.DurableTask.Sqlite;

/// <summary>
/// The exclusive right of one worker process to run a SQLite task hub: an OS lock on <c>&lt;database&gt;.taskhub.lock</c>.
/// </summary>
/// <remarks>
/// The file is opened with <see cref="FileShare.None"/>, which .NET maps to an exclusive advisory lock (flock on Unix);
/// the OS drops it when the process dies, however it dies, so a crashed worker never leaves a stale lock behind. Holding it
/// is what lets the service keep work-item locks in memory. Client calls from other processes need no lock.
/// </remarks>
internal sealed class TaskHubLock : IDisposable
{
    private readonly FileStream file;

    private TaskHubLock(FileStream file)
    {
        this.file = file;
    }

    public static string PathFor(string databasePath) => databasePath + ".taskhub.lock";

    public static TaskHubLock Acquire(string databasePath)
    {
        var path = PathFor(databasePath);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new InvalidOperationException(
                $"The Durable Task hub in '{databasePath}' is already run by another worker (its lock file '{path}' is held). " +
                "One worker process owns a SQLite task hub; stop the other worker or use another database file.",
                exception);
        }

        try
        {
            // The owner's process id, for whoever looks at the file; the lock itself is the open handle.
            var owner = Encoding.UTF8.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            file.SetLength(0);
            file.Write(owner);
            file.Flush();
            return new TaskHubLock(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Dispose() => file.Dispose();
}
