using Logistics.Application.Inbound.Putaway;
using Logistics.Application.Inbound.Workflow;
using Logistics.Functions.Durable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Logistics.Functions.Inbound;

/// <summary>
/// The inbound flow's orchestrator and activities as Functions: one thin wrapper each, named after its class, which
/// holds the logic (Logistics.Application). The local runtime does not call these; it runs the classes.
/// </summary>
public static class InboundTaskFunctions
{
    /// <summary>Orchestrator: <see cref="InboundNoticeOrchestrator"/>.</summary>
    [Function(nameof(InboundNoticeOrchestrator))]
    public static Task<string> RunInboundNoticeOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        DurableTaskFunction.RunOrchestratorAsync<InboundNoticeOrchestrator, InboundNoticeInput, string>(context);

    /// <summary>Activity: <see cref="ReadNoticeActivity"/>.</summary>
    [Function(nameof(ReadNoticeActivity))]
    public static Task<NoticeSnapshot> RunReadNoticeActivity([ActivityTrigger] string input, string instanceId, FunctionContext function) =>
        DurableTaskFunction.RunActivityAsync<ReadNoticeActivity, string, NoticeSnapshot>(input, instanceId, function);

    /// <summary>Activity: <see cref="PlanPutawayActivity"/>.</summary>
    [Function(nameof(PlanPutawayActivity))]
    public static Task<PutawayProgress> RunPlanPutawayActivity([ActivityTrigger] string input, string instanceId, FunctionContext function) =>
        DurableTaskFunction.RunActivityAsync<PlanPutawayActivity, string, PutawayProgress>(input, instanceId, function);

    /// <summary>Activity: <see cref="CompleteNoticeActivity"/>.</summary>
    [Function(nameof(CompleteNoticeActivity))]
    public static Task<string> RunCompleteNoticeActivity([ActivityTrigger] CompleteNoticeInput input, string instanceId, FunctionContext function) =>
        DurableTaskFunction.RunActivityAsync<CompleteNoticeActivity, CompleteNoticeInput, string>(input, instanceId, function);
}
