using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace Logistics.DurableTask.Hosting;

/// <summary>
/// A DurableTask.Core orchestration that runs a Microsoft.DurableTask orchestrator through the SDK's shim, created once
/// the episode's parent instance is known.
/// </summary>
/// <remarks>
/// DurableTask.Core asks for the orchestration object by name and version only, but the shim takes the parent instance
/// (what the orchestrator context's <c>Parent</c> returns) when it is created. So the shim is made when
/// <see cref="EpisodeMiddleware"/> binds the episode's runtime state, or at first use without a parent.
/// </remarks>
internal sealed class ShimOrchestration(DurableTaskShimFactory shims, TaskName name, ITaskOrchestrator orchestrator) : TaskOrchestration
{
    private TaskOrchestration? shim;

    private TaskOrchestration Shim => shim ??= shims.CreateOrchestration(name, orchestrator);

    /// <summary>Creates the shim for an episode of an instance whose parent is <paramref name="parent"/> (null at top level).</summary>
    public void Bind(ParentInstance? parent) =>
        shim = shims.CreateOrchestration(
            name,
            orchestrator,
            parent is null ? null : new ParentOrchestrationInstance(new TaskName(parent.Name), parent.OrchestrationInstance.InstanceId));

    public override Task<string> Execute(OrchestrationContext context, string input) => Shim.Execute(context, input);

    public override string GetStatus() => Shim.GetStatus();

    public override void RaiseEvent(OrchestrationContext context, string name, string input) => Shim.RaiseEvent(context, name, input);
}
