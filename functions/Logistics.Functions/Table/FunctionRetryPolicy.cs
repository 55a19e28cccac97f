namespace Logistics.Functions.Table;

/// <summary>
/// A Functions-runtime retry policy (the <c>retry</c> section of function.json): a failed invocation runs again with
/// the same input, and triggers that checkpoint (Cosmos DB change feed) do not move on until it succeeds.
/// </summary>
/// <param name="MaxRetryCount">Retries per invocation; -1 retries for ever.</param>
/// <param name="MinimumInterval">First delay.</param>
/// <param name="MaximumInterval">Longest delay.</param>
public sealed record FunctionRetryPolicy(int MaxRetryCount, TimeSpan MinimumInterval, TimeSpan MaximumInterval)
{
    /// <summary>The function.json <c>strategy</c>.</summary>
    public const string Strategy = "exponentialBackoff";

    /// <summary>
    /// For a change-feed relay: never give up (giving up would move the checkpoint past undelivered messages), from
    /// five seconds up to five minutes between attempts.
    /// </summary>
    public static FunctionRetryPolicy Forever { get; } = new(-1, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5));
}
