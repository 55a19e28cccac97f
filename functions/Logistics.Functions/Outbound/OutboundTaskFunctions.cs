using Logistics.Application.Outbound.Workflow;
using Logistics.Functions.Durable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Logistics.Functions.Outbound;

/// <summary>
/// The outbound flow's orchestrator and activities as Functions: one thin wrapper each, named after its class, which
/// holds the logic (Logistics.Application). The local runtime does not call these; it runs the classes.
/// </summary>
public static class OutboundTaskFunctions
{
    /// <summary>Orchestrator: <see cref="OutboundOrderOrchestrator"/>.</summary>
    [Function(nameof(OutboundOrderOrchestrator))]
    public static Task<string> RunOutboundOrderOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        DurableTaskFunction.RunOrchestratorAsync<OutboundOrderOrchestrator, OutboundOrderInput, string>(context);

    /// <summary>Activity: <see cref="ReadOrderActivity"/>.</summary>
    [Function(nameof(ReadOrderActivity))]
    public static Task<OrderSnapshot> RunReadOrderActivity([ActivityTrigger] string input, string instanceId, FunctionContext function) =>
        DurableTaskFunction.RunActivityAsync<ReadOrderActivity, string, OrderSnapshot>(input, instanceId, function);

    /// <summary>Activity: <see cref="AllocateOrderActivity"/>.</summary>
    [Function(nameof(AllocateOrderActivity))]
    public static Task<OrderSnapshot> RunAllocateOrderActivity([ActivityTrigger] string input, string instanceId, FunctionContext function) =>
        DurableTaskFunction.RunActivityAsync<AllocateOrderActivity, string, OrderSnapshot>(input, instanceId, function);
}
