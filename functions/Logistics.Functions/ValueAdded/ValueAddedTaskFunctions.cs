using Logistics.Application.ValueAdded.Workflow;
using Logistics.Functions.Durable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Logistics.Functions.ValueAdded;

/// <summary>
/// The value-added flow's orchestrator and activity as Functions: one thin wrapper each, named after its class, which
/// holds the logic (Logistics.Application). The local runtime does not call these; it runs the classes.
/// </summary>
public static class ValueAddedTaskFunctions
{
    /// <summary>Orchestrator: <see cref="ValueAddedJobOrchestrator"/>.</summary>
    [Function(nameof(ValueAddedJobOrchestrator))]
    public static Task<string> RunValueAddedJobOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        DurableTaskFunction.RunOrchestratorAsync<ValueAddedJobOrchestrator, ValueAddedJobInput, string>(context);

    /// <summary>Activity: <see cref="ReadValueAddedJobActivity"/>.</summary>
    [Function(nameof(ReadValueAddedJobActivity))]
    public static Task<ValueAddedJobSnapshot> RunReadValueAddedJobActivity([ActivityTrigger] string input, string instanceId, FunctionContext function) =>
        DurableTaskFunction.RunActivityAsync<ReadValueAddedJobActivity, string, ValueAddedJobSnapshot>(input, instanceId, function);
}
