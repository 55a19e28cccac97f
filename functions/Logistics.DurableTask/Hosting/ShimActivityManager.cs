using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;

namespace Logistics.DurableTask.Hosting;

/// <summary>Gives TaskHubWorker a fresh shimmed activity for every execution; activity classes get constructor injection.</summary>
internal sealed class ShimActivityManager(IDurableTaskFactory factory, DurableTaskShimFactory shims, IServiceProvider services)
    : INameVersionObjectManager<TaskActivity>
{
    public TaskActivity GetObject(string name, string? version)
    {
        var taskName = new TaskName(name);
        var activity = factory.TryCreateActivity(taskName, services, out var created) ? created : new MissingTask("activity", name);
        return shims.CreateActivity(taskName, activity);
    }

    public void Add(ObjectCreator<TaskActivity> creator) =>
        throw new NotSupportedException("Register activities in the DurableTaskRegistry given to AddLocalDurableTask.");
}
