using Logistics.Application.Returns.Workflow;
using Logistics.Functions.Durable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Logistics.Functions.Returns;

/// <summary>
/// The return flow's orchestrator and activities as Functions: one thin wrapper each, named after its class, which holds
/// the logic (Logistics.Application). The local runtime does not call these; it runs the classes.
/// </summary>
public static class ReturnTaskFunctions
{
    /// <summary>Orchestrator: <see cref="ReturnOrchestrator"/>.</summary>
    [Function(nameof(ReturnOrchestrator))]
    public static Task<string> RunReturnOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        DurableTaskFunction.RunOrchestratorAsync<ReturnOrchestrator, ReturnInput, string>(context);

    /// <summary>Activity: <see cref="ReadReturnActivity"/>.</summary>
    [Function(nameof(ReadReturnActivity))]
    public static Task<ReturnSnapshot> RunReadReturnActivity([ActivityTrigger] string input, string instanceId, FunctionContext function) =>
        DurableTaskFunction.RunActivityAsync<ReadReturnActivity, string, ReturnSnapshot>(input, instanceId, function);

    /// <summary>Activity: <see cref="ApplyReturnDefaultsActivity"/>.</summary>
    [Function(nameof(ApplyReturnDefaultsActivity))]
    public static Task<ReturnSnapshot> RunApplyReturnDefaultsActivity([ActivityTrigger] ReturnDefaultsInput input, string instanceId, FunctionContext function) =>
        DurableTaskFunction.RunActivityAsync<ApplyReturnDefaultsActivity, ReturnDefaultsInput, ReturnSnapshot>(input, instanceId, function);

    /// <summary>Activity: <see cref="CompleteReturnActivity"/>.</summary>
    [Function(nameof(CompleteReturnActivity))]
    public static Task<string> RunCompleteReturnActivity([ActivityTrigger] CompleteReturnInput input, string instanceId, FunctionContext function) =>
        DurableTaskFunction.RunActivityAsync<CompleteReturnActivity, CompleteReturnInput, string>(input, instanceId, function);
}
