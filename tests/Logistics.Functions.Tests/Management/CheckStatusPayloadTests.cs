using Logistics.Functions.Management;
using Microsoft.AspNetCore.Http;

namespace Logistics.Functions.Tests.Management;

/// <summary>The links handed out when an orchestration starts: Durable's names, under the function route prefix, on the caller's host.</summary>
public sealed class CheckStatusPayloadTests
{
    [Fact]
    public void The_links_point_at_the_management_api_under_the_route_prefix_with_the_id_escaped()
    {
        var payload = CheckStatusPayload.For(Request(), "inbound~acme~ASN 1");

        Assert.Equal("inbound~acme~ASN 1", payload.Id);
        Assert.Equal("http://localhost:7071/api/runtime/webhooks/durabletask/instances/inbound~acme~ASN%201", payload.StatusQueryGetUri);
        Assert.Equal(payload.StatusQueryGetUri + "/raiseEvent/{eventName}", payload.SendEventPostUri);
        Assert.Equal(payload.StatusQueryGetUri + "/terminate?reason={text}", payload.TerminatePostUri);
        Assert.Equal(payload.StatusQueryGetUri + "/suspend?reason={text}", payload.SuspendPostUri);
        Assert.Equal(payload.StatusQueryGetUri + "/resume?reason={text}", payload.ResumePostUri);
        Assert.Equal(payload.StatusQueryGetUri + "/rewind?reason={text}", payload.RewindPostUri);
        Assert.Equal(payload.StatusQueryGetUri, payload.PurgeHistoryDeleteUri);
    }

    [Fact]
    public void The_links_keep_the_scheme_host_and_path_base_of_the_request()
    {
        var payload = CheckStatusPayload.For(Request("https", new HostString("warehouse.example", 443), "/logistics"), "i/1");

        Assert.Equal("https://warehouse.example:443/logistics/api/runtime/webhooks/durabletask/instances/i%2F1", payload.StatusQueryGetUri);
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
