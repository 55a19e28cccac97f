namespace Logistics.Application.Reports.Runs;

/// <summary>A report run's orchestration instance: <c>report~{owner}~{runId}</c>, so a run is found only within its owner.</summary>
public static class ReportIds
{
    /// <summary>What every report instance id starts with.</summary>
    public const string InstancePrefix = "report~";

    /// <summary>The instance id of <paramref name="runId"/> of <paramref name="ownerId"/>.</summary>
    public static string InstanceOf(string ownerId, string runId) => $"{InstancePrefix}{ownerId}~{runId}";

    /// <summary>True when <paramref name="runId"/> could be a run id: letters, digits, '-', '_' and '.', 1–120 characters.</summary>
    public static bool IsRunId(string? runId) =>
        runId is { Length: > 0 and <= 120 } && runId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
