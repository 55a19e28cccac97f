using System.Net;
using Logistics.Functions.Security;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Hosting;

public sealed class DemoDataTests
{
    private const string PublisherKey = "demo-publisher-key-0123456789abcdef0123456789";
    private const string OpsKey = "demo-ops-key-0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Development_CreatesTheDemoPublisher_WithPresetKeys()
    {
        using var factory = new FunctionHostFactory(
            new Dictionary<string, string?> { ["Demo:PublisherKey"] = PublisherKey, ["Demo:OpsKey"] = OpsKey },
            environment: "Development");
        using var client = factory.CreateClient();

        var me = await (await client.SendAsync(HttpMethod.Get, "/api/publishers/me", PublisherKey)).JsonAsync();
        using var ops = await client.SendAsync(HttpMethod.Get, "/api/ops/publishers/demo-publisher", OpsKey);

        Assert.Equal("demo-publisher", me.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, ops.StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopment_ThereIsNoDemoData()
    {
        using var factory = new FunctionHostFactory(
            new Dictionary<string, string?> { ["Demo:PublisherKey"] = PublisherKey },
            environment: "Production");
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(HttpMethod.Get, "/api/publishers/me", PublisherKey);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await factory.Get<AccessStore>().GetPublisherAsync("demo-publisher", CancellationToken.None));
    }
}
