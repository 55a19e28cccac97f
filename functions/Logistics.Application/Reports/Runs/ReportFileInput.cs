namespace Logistics.Application.Reports.Runs;

/// <summary>One file of a run, which <see cref="ReportFiles.NameOf"/> names.</summary>
/// <param name="Run">The run.</param>
/// <param name="Format">The file's format.</param>
/// <param name="Movements">The ledger's movement detail rather than its summary.</param>
public sealed record ReportFileInput(ReportRunInput Run, string Format, bool Movements);
