using Logistics.Dashboard.Tests.Infrastructure;

namespace Logistics.Dashboard.Tests;

/// <summary>The dashboard tests share one app and one browser; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardHost>
{
    public const string Name = "Dashboard";
}
