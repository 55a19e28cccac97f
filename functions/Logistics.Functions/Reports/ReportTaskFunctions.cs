using Logistics.Application.Reports.Runs;
using Logistics.Functions.Durable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Logistics.Functions.Reports;

/// <summary>
/// The report run's orchestrator and activity as Functions: one thin wrapper each, named after its class, which holds the
/// logic (Logistics.Application). The local runtime does not call these; it runs the classes.
/// </summary>
public static class ReportTaskFunctions
{
    /// <summary>Orchestrator: <see cref="ReportRunOrchestrator"/>.</summary>
    [Function(nameof(ReportRunOrchestrator))]
    public static Task<ReportRunResult> RunReportRunOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        DurableTaskFunction.RunOrchestratorAsync<ReportRunOrchestrator, ReportRunInput, ReportRunResult>(context);

    /// <summary>Activity: <see cref="WriteReportActivity"/>.</summary>
    [Function(nameof(WriteReportActivity))]
    public static Task<IReadOnlyList<ReportFile>> RunWriteReportActivity([ActivityTrigger] ReportStepInput input, string instanceId, FunctionContext function) =>
        DurableTaskFunction.RunActivityAsync<WriteReportActivity, ReportStepInput, IReadOnlyList<ReportFile>>(input, instanceId, function);
}
