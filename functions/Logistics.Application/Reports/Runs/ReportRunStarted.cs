namespace Logistics.Application.Reports.Runs;

/// <summary>A run that was started, or found started by an identical earlier request.</summary>
/// <param name="RunId">The run's id within the owner.</param>
/// <param name="InstanceId">Its orchestration instance.</param>
/// <param name="Files">The blobs it writes.</param>
public sealed record ReportRunStarted(string RunId, string InstanceId, IReadOnlyList<string> Files);
