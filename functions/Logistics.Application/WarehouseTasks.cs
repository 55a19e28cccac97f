using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Reports.Runs;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.ValueAdded.Workflow;
using Microsoft.DurableTask;

namespace Logistics.Application;

/// <summary>Every orchestrator and activity of the warehouse, by class; the class name is the task name.</summary>
/// <remarks>
/// The local runtime registers exactly these with its worker. Under the Functions host each task also needs a thin
/// <c>[Function]</c> wrapper of the same name (the class-based source generator is not available); a test checks that
/// the wrappers and these lists name the same tasks.
/// </remarks>
public static class WarehouseTasks
{
    /// <summary>The orchestrator classes.</summary>
    public static IReadOnlyList<Type> Orchestrators { get; } = [typeof(InboundNoticeOrchestrator), typeof(OutboundOrderOrchestrator), typeof(ReportRunOrchestrator),
        typeof(ValueAddedJobOrchestrator), typeof(ReturnOrchestrator)];

    /// <summary>The activity classes.</summary>
    public static IReadOnlyList<Type> Activities { get; } = [typeof(ReadNoticeActivity), typeof(PlanPutawayActivity), typeof(CompleteNoticeActivity), typeof(ReadOrderActivity), typeof(AllocateOrderActivity), typeof(WriteReportActivity),
        typeof(ReadValueAddedJobActivity), typeof(ReadReturnActivity), typeof(ApplyReturnDefaultsActivity), typeof(CompleteReturnActivity)];

    /// <summary>Adds the warehouse's tasks to <paramref name="registry"/>.</summary>
    public static DurableTaskRegistry AddWarehouseTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var orchestrator in Orchestrators)
        {
            registry.AddOrchestrator(orchestrator);
        }

        foreach (var activity in Activities)
        {
            registry.AddActivity(activity);
        }

        return registry;
    }
}
