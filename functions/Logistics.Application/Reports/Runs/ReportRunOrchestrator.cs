using Logistics.Application.Workflow;
using Microsoft.DurableTask;

namespace Logistics.Application.Reports.Runs;

/// <summary>
/// One report run: writes each of its files to blob storage through <see cref="WriteReportActivity"/>, one activity per
/// file, and shows its progress in the custom status (<see cref="ReportProgress"/>).
/// </summary>
/// <remarks>
/// A file is a function of the run's input and the ledger up to the run's instant, so an activity retried after a crash
/// writes the same content again over the same blob: the run is idempotent, and so is starting it (its instance id is
/// derived from the input, <see cref="ReportRuns"/>).
/// </remarks>
public sealed class ReportRunOrchestrator : TaskOrchestrator<ReportRunInput, ReportRunResult>
{
    /// <inheritdoc/>
    public override async Task<ReportRunResult> RunAsync(TaskOrchestrationContext context, ReportRunInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var parts = ReportFiles.PartsOf(input);
        var written = new List<ReportFile>(parts.Count);
        foreach (var part in parts)
        {
            context.SetCustomStatus(new ReportProgress(written.Count, parts.Count, ReportFiles.NameOf(part), [.. written]));
            written.Add(await context.CallActivityAsync<ReportFile>(nameof(WriteReportActivity), part, Durable.Retry));
        }

        context.SetCustomStatus(new ReportProgress(written.Count, parts.Count, null, [.. written]));
        return new ReportRunResult(input.RunId, written);
    }
}
