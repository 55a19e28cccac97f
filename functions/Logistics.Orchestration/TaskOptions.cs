namespace Logistics.Orchestration;

/// <summary>Options of an activity or sub-orchestration call.</summary>
/// <param name="Retry">The retry policy; null: one attempt.</param>
public record TaskOptions(RetryPolicy? Retry = null)
{
    /// <summary>Options with a retry policy.</summary>
    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => new(policy);
}
