using Logistics.DurableTask.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.DurableTask.Tests.Conformance;

/// <summary>One running worker per test class, shared by its tests (each test uses its own instance ids).</summary>
public abstract class HostFixture : IAsyncLifetime
{
    private DurableTaskHost? host;

    public DurableTaskHost Host => host ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() => host = await StartAsync(services => services.AddSingleton<ConformanceTasks.Greeter>());

    public async Task DisposeAsync()
    {
        if (host is not null)
            await host.DisposeAsync();
    }

    protected abstract Task<DurableTaskHost> StartAsync(Action<IServiceCollection> addServices);
}
