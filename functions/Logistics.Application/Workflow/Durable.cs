using System.Globalization;
using Microsoft.DurableTask;

namespace Logistics.Application.Workflow;

/// <summary>What every warehouse orchestration shares: its activities' retry policy and the replay-safe clock.</summary>
public static class Durable
{
    /// <summary>Activities retry transient store faults with back-off before the orchestration fails.</summary>
    public static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 6, firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(1)));

    /// <summary>The orchestration's replay-safe current time.</summary>
    public static DateTimeOffset Now(TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context.CurrentUtcDateTime, TimeSpan.Zero);
    }

    /// <summary>An instant as ISO 8601 UTC text, for status messages.</summary>
    public static string Text(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
