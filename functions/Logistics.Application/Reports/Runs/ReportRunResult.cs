namespace Logistics.Application.Reports.Runs;

/// <summary>What a finished run wrote.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Files">Its files, in the order written.</param>
public sealed record ReportRunResult(string RunId, IReadOnlyList<ReportFile> Files);
