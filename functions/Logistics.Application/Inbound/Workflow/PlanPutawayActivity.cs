using Logistics.Application.Inbound.Putaway;
using Microsoft.DurableTask;

namespace Logistics.Application.Inbound.Workflow;

/// <summary>Plans the putaway tasks; idempotent because the plan is recorded on the notice in the same batch as the tasks.</summary>
public sealed class PlanPutawayActivity(PutawayService putaway) : TaskActivity<string, PutawayProgress>
{
    /// <inheritdoc/>
    public override Task<PutawayProgress> RunAsync(TaskActivityContext context, string input) =>
        putaway.PlanAsync(input, CancellationToken.None);
}
