using Logistics.Functions.Hosting;
using Logistics.Functions.Management;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Functions.Tests.Management;

/// <summary>The links handed out when an orchestration starts follow the runtime the process serves.</summary>
public sealed class CheckStatusPayloadTests
{
    [Fact]
    public void Standalone_LinksPointAtDurablesOwnPath()
    {
        var payload = CheckStatusPayload.For(Request(customHandlerPort: null), "inbound-acme-ASN 1");

        Assert.Equal("inbound-acme-ASN 1", payload.Id);
        Assert.Equal("http://localhost:7071/runtime/webhooks/durabletask/instances/inbound-acme-ASN%201", payload.StatusQueryGetUri);
        Assert.Equal(payload.StatusQueryGetUri + "/raiseEvent/{eventName}", payload.SendEventPostUri);
        Assert.Equal(payload.StatusQueryGetUri + "/terminate?reason={text}", payload.TerminatePostUri);
        Assert.Equal(payload.StatusQueryGetUri + "/suspend?reason={text}", payload.SuspendPostUri);
        Assert.Equal(payload.StatusQueryGetUri + "/resume?reason={text}", payload.ResumePostUri);
        Assert.Equal(payload.StatusQueryGetUri + "/rewind?reason={text}", payload.RewindPostUri);
        Assert.Equal(payload.StatusQueryGetUri, payload.PurgeHistoryDeleteUri);
    }

    [Fact]
    public void BehindTheFunctionsHost_LinksGoThroughTheApiPrefix()
    {
        var payload = CheckStatusPayload.For(Request(customHandlerPort: 45123), "i1");

        Assert.Equal("http://localhost:7071/api/runtime/webhooks/durabletask/instances/i1", payload.StatusQueryGetUri);
    }

    private static HttpRequest Request(int? customHandlerPort)
    {
        var services = new ServiceCollection().AddSingleton(new HostMode(customHandlerPort)).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost", 7071);
        return context.Request;
    }
}
