namespace Logistics.Orchestration;

/// <summary>How an activity or sub-orchestration call is retried; the waits between attempts are durable timers.</summary>
/// <remarks>
/// Attempt n (1-based) that fails is followed by a wait of <c>min(FirstRetryInterval × BackoffCoefficient^(n-1),
/// MaxRetryInterval)</c>, unless <see cref="MaxNumberOfAttempts"/> is reached, <see cref="HandleFailure"/> declines, or the
/// next attempt would start after <see cref="RetryTimeout"/> (measured from the first attempt, in orchestration time).
/// </remarks>
public sealed record RetryPolicy
{
    public RetryPolicy(int maxNumberOfAttempts, TimeSpan firstRetryInterval, double backoffCoefficient = 1.0, TimeSpan? maxRetryInterval = null, TimeSpan? retryTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNumberOfAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstRetryInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoffCoefficient, 1.0);
        MaxNumberOfAttempts = maxNumberOfAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = maxRetryInterval ?? TimeSpan.FromHours(1);
        RetryTimeout = retryTimeout;
    }

    /// <summary>Attempts in total, the first included.</summary>
    public int MaxNumberOfAttempts { get; }

    /// <summary>Wait after the first failed attempt.</summary>
    public TimeSpan FirstRetryInterval { get; }

    /// <summary>Multiplier of the wait after each further failure (≥ 1).</summary>
    public double BackoffCoefficient { get; }

    /// <summary>Upper bound of one wait.</summary>
    public TimeSpan MaxRetryInterval { get; }

    /// <summary>No attempt starts later than this after the first one; null: no limit.</summary>
    public TimeSpan? RetryTimeout { get; }

    /// <summary>Decides whether a failure is worth retrying; null retries every failure.</summary>
    public Func<TaskFailureDetails, bool>? HandleFailure { get; init; }

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based).</summary>
    public TimeSpan GetDelay(int attempt)
    {
        var ticks = FirstRetryInterval.Ticks * Math.Pow(BackoffCoefficient, attempt - 1);
        return ticks >= MaxRetryInterval.Ticks ? MaxRetryInterval : TimeSpan.FromTicks((long)ticks);
    }
}
