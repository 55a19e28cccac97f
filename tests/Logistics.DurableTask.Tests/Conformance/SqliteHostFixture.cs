using Logistics.DurableTask.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.DurableTask.Tests.Conformance;

/// <summary>A worker on a fresh SQLite task hub (system clock).</summary>
public sealed class SqliteHostFixture : HostFixture
{
    protected override Task<DurableTaskHost> StartAsync(Action<IServiceCollection> addServices) =>
        DurableTaskHost.StartSqliteAsync(ConformanceTasks.Register, addServices: addServices);
}
