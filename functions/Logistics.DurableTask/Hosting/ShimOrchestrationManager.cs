using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;

namespace Logistics.DurableTask.Hosting;

/// <summary>Gives TaskHubWorker a fresh shimmed orchestrator for every episode, created by the registry's factory.</summary>
internal sealed class ShimOrchestrationManager(IDurableTaskFactory factory, DurableTaskShimFactory shims, IServiceProvider services)
    : INameVersionObjectManager<TaskOrchestration>
{
    public TaskOrchestration GetObject(string name, string? version)
    {
        var taskName = new TaskName(name);
        var orchestrator = factory.TryCreateOrchestrator(taskName, services, out var created) ? created : new MissingTask("orchestrator", name);
        return new ShimOrchestration(shims, taskName, orchestrator);
    }

    public void Add(ObjectCreator<TaskOrchestration> creator) =>
        throw new NotSupportedException("Register orchestrators in the DurableTaskRegistry given to AddLocalDurableTask.");
}
