using Logistics.Functions.Management;
using Microsoft.AspNetCore.Http;

namespace Logistics.Functions.Tests.Management;

/// <summary>The management API's instance link: Durable's route, under the function route prefix, on the caller's host.</summary>
public sealed class DurableManagementUrisTests
{
    [Fact]
    public void The_status_link_points_at_the_management_api_under_the_route_prefix_with_the_id_escaped()
    {
        var status = DurableManagementUris.For(Request()).Status("inbound~acme~ASN 1");

        Assert.Equal("http://localhost:7071/api/runtime/webhooks/durabletask/instances/inbound~acme~ASN%201", status);
    }

    [Fact]
    public void The_status_link_keeps_the_scheme_host_and_path_base_of_the_request()
    {
        var status = DurableManagementUris.For(Request("https", new HostString("warehouse.example", 443), "/logistics")).Status("i/1");

        Assert.Equal("https://warehouse.example:443/logistics/api/runtime/webhooks/durabletask/instances/i%2F1", status);
    }

    private static HttpRequest Request(string scheme = "http", HostString? host = null, string pathBase = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = scheme;
        context.Request.Host = host ?? new HostString("localhost", 7071);
        context.Request.PathBase = pathBase;
        return context.Request;
    }
}
