namespace Logistics.Storage.Sqlite;

/// <summary>A write queued for the next group commit (see <see cref="SqliteDatabase"/>).</summary>
internal abstract class PendingWrite
{
    /// <summary>True when the caller gave up before the write ran.</summary>
    public abstract bool IsCancelled { get; }

    public abstract void Execute(SqliteSession session);

    /// <summary>Keeps the commit actions the write registered, to run once its group has committed.</summary>
    public abstract void KeepCommitActions(List<Action>? actions);

    /// <summary>After the commit: runs the callback and the commit actions, then completes the caller's task (no-op if the write failed).</summary>
    public abstract void Complete();

    public abstract void Fail(Exception exception);

    public abstract void Cancel();
}

/// <summary>A write returning <typeparamref name="T"/>.</summary>
internal sealed class PendingWrite<T>(Func<SqliteSession, T> work, Action<T>? committed, CancellationToken cancellationToken) : PendingWrite
{
    private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private List<Action>? commitActions;
    private T? result;
    private bool executed;

    public Task<T> Task => completion.Task;

    public override bool IsCancelled => cancellationToken.IsCancellationRequested;

    public override void Execute(SqliteSession session)
    {
        result = work(session);
        executed = true;
    }

    public override void KeepCommitActions(List<Action>? actions) => commitActions = actions;

    public override void Complete()
    {
        if (!executed || completion.Task.IsCompleted)
            return;
        try
        {
            committed?.Invoke(result!);
            foreach (var action in commitActions ?? [])
                action();
            completion.TrySetResult(result!);
        }
        catch (Exception exception)
        {
            completion.TrySetException(exception);
        }
    }

    public override void Fail(Exception exception)
    {
        executed = false;
        completion.TrySetException(exception);
    }

    public override void Cancel() => completion.TrySetCanceled(cancellationToken);
}
