namespace Logistics.Application.Reports.Runs;

/// <summary>A run's custom status: how many of its files are written, which are being written, and those done.</summary>
/// <param name="Done">Files written.</param>
/// <param name="Total">Files the run writes.</param>
/// <param name="Writing">The blobs being written now; empty when the run is over.</param>
/// <param name="Files">The files written so far.</param>
public sealed record ReportProgress(int Done, int Total, IReadOnlyList<string> Writing, IReadOnlyList<ReportFile> Files);
