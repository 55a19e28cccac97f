using System.Text.Json.Serialization;

namespace Logistics.Application.Reports.Runs;

/// <summary>
/// One step of a run, the input of <see cref="WriteReportActivity"/>: the report built once from the ledger and written in
/// each of the run's formats, or the ledger's movement detail.
/// </summary>
/// <param name="Run">The run.</param>
/// <param name="Movements">The ledger's movement detail rather than the report itself.</param>
public sealed record ReportStepInput(ReportRunInput Run, bool Movements)
{
    /// <summary>The files this step writes: the movement detail as CSV, else the report in every format of the run.</summary>
    [JsonIgnore]
    public IReadOnlyList<ReportFileInput> Files =>
        Movements ? [new ReportFileInput(Run, ReportFormats.Csv, Movements: true)] : [.. Run.Formats.Select(f => new ReportFileInput(Run, f, Movements: false))];
}
