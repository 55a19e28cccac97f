using Logistics.Functions.Standalone;
using Logistics.Functions.Table;
using Logistics.Functions.Tests.Infrastructure;
using Logistics.Functions.Workers;
using Logistics.Orchestration.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Logistics.Functions.Tests.Hosting;

/// <summary>Exactly one thing drives the orchestration engine in each runtime: never two receivers on its queues.</summary>
public sealed class EngineDriverTests
{
    [Fact]
    public void Standalone_runs_one_embedded_worker_and_the_dispatcher_leaves_engine_functions_to_it()
    {
        using var factory = new FunctionHostFactory();
        var hosted = factory.Services.GetServices<IHostedService>().ToList();

        Assert.Single(hosted.OfType<EmbeddedOrchestrationWorker>());
        Assert.Single(hosted.OfType<QueueDispatcher>());
        var engine = AppFunctions.Create().Functions.Where(EngineFunctions.RunByEmbeddedWorker).Select(f => f.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["ActivityWork", "OrchestrationTimers", "OrchestrationWork"], engine);
    }

    [Fact]
    public void Behind_the_Functions_host_no_embedded_worker_runs()
    {
        using var factory = new FunctionHostFactory(new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "45123" });
        var hosted = factory.Services.GetServices<IHostedService>().ToList();

        Assert.Empty(hosted.OfType<EmbeddedOrchestrationWorker>());
        Assert.Empty(hosted.OfType<QueueDispatcher>());
    }
}
