using Logistics.Application.Workflow;
using Microsoft.DurableTask;

namespace Logistics.Application.Reports.Runs;

/// <summary>
/// One report run: writes its files to blob storage through <see cref="WriteReportActivity"/>, one activity per step (the
/// report in each of its formats, then a ledger's movement detail), and shows its progress in the custom status
/// (<see cref="ReportProgress"/>).
/// </summary>
/// <remarks>
/// A file is a function of the run's input and the ledger up to the run's instant, so an activity retried after a crash
/// writes the same content again over the same blobs: the run is idempotent, and so is starting it (its instance id is
/// derived from the input, <see cref="ReportRuns"/>).
/// </remarks>
public sealed class ReportRunOrchestrator : TaskOrchestrator<ReportRunInput, ReportRunResult>
{
    /// <inheritdoc/>
    public override async Task<ReportRunResult> RunAsync(TaskOrchestrationContext context, ReportRunInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var steps = ReportFiles.StepsOf(input);
        var total = steps.Sum(s => s.Files.Count);
        var written = new List<ReportFile>(total);
        foreach (var step in steps)
        {
            context.SetCustomStatus(new ReportProgress(written.Count, total, [.. step.Files.Select(ReportFiles.NameOf)], [.. written]));
            written.AddRange(await context.CallActivityAsync<IReadOnlyList<ReportFile>>(nameof(WriteReportActivity), step, Durable.Retry));
        }

        context.SetCustomStatus(new ReportProgress(written.Count, total, [], [.. written]));
        return new ReportRunResult(input.RunId, written);
    }
}
