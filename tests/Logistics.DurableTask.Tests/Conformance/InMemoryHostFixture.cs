using Logistics.DurableTask.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.DurableTask.Tests.Conformance;

/// <summary>A worker on the SDK's in-memory orchestration service.</summary>
public sealed class InMemoryHostFixture : HostFixture
{
    protected override Task<DurableTaskHost> StartAsync(Action<IServiceCollection> addServices) =>
        DurableTaskHost.StartInMemoryAsync(ConformanceTasks.Register, addServices);
}
