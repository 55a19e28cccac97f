using Logistics.Functions.Hosting;
using Logistics.Functions.Table;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Logistics.Functions.Tests.Hosting;

public sealed class UndeclaredRoutesTests
{
    [Fact]
    public void Find_ListsApiRoutesMissingFromTheTable_Only()
    {
        var table = new FunctionTableBuilder().Http("Health", "GET", "health", () => "ok").Build();
        var endpoints = new DefaultEndpointDataSource(
            Endpoint("/api/health"),
            Endpoint("/api/items/{sku}"),
            Endpoint("/openapi/{documentName}.json"),
            Endpoint("/TestQueue"));

        Assert.Equal(["/api/items/{sku}"], UndeclaredRoutes.Find(endpoints, table));
    }

    private static RouteEndpoint Endpoint(string pattern) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, EndpointMetadataCollection.Empty, pattern);
}
