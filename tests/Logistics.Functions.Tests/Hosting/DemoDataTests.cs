using System.Net;
using Logistics.Functions.Demo;
using Logistics.Functions.Security;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Hosting;

/// <summary>Development seeds the demo publisher and staff keys (preset or generated); no other environment does.</summary>
public sealed class DemoDataTests
{
    private const string PublisherKey = "demo-publisher-key-0123456789abcdef0123456789";
    private const string OpsKey = "demo-ops-key-0123456789abcdef0123456789abcdef";
    private const string FloorKey = "demo-floor-key-0123456789abcdef0123456789abcd";

    private static readonly Dictionary<string, string?> Preset = new()
    {
        ["Demo:PublisherKey"] = PublisherKey,
        ["Demo:OpsKey"] = OpsKey,
        ["Demo:FloorKey"] = FloorKey,
    };

    [Fact]
    public async Task Development_creates_the_demo_publisher_with_the_preset_keys()
    {
        await using var app = await TestApp.StartAsync(settings: Preset, environment: "Development");

        var me = await (await app.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", PublisherKey)).JsonAsync();
        using var ops = await app.Client.SendAsync(HttpMethod.Get, $"/api/ops/publishers/{DemoOptions.PublisherId}", OpsKey);
        using var floor = await app.Client.SendAsync(HttpMethod.Get, "/api/putaway-tasks", FloorKey);
        using var floorIsNotOps = await app.Client.SendAsync(HttpMethod.Post, "/api/ops/keys", FloorKey, """{"role":"floor"}""");

        Assert.Equal(DemoOptions.PublisherId, me.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, ops.StatusCode);
        Assert.Equal(HttpStatusCode.OK, floor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, floorIsNotOps.StatusCode);
    }

    [Fact]
    public async Task A_restart_in_Development_keeps_the_demo_publisher_and_its_keys()
    {
        var first = await TestApp.StartAsync(settings: Preset, environment: "Development");
        await first.StopAsync();

        // The second start owns the data folder from here on and deletes it when disposed.
        await using var again = await TestApp.StartAsync(settings: Preset, environment: "Development", dataDirectory: first.DataDirectory);
        var me = await (await again.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", PublisherKey)).JsonAsync();

        Assert.Equal(DemoOptions.PublisherId, me.GetProperty("id").GetString());
        Assert.Single(me.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task Development_without_preset_keys_generates_them()
    {
        await using var app = await TestApp.StartAsync(environment: "Development");

        var publisher = await app.Get<AccessStore>().GetPublisherAsync(DemoOptions.PublisherId, CancellationToken.None);

        Assert.NotNull(publisher);
        Assert.Single(publisher.Keys);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task Outside_Development_there_is_no_demo_data(string environment)
    {
        await using var app = await TestApp.StartAsync(settings: Preset, environment: environment);

        using var response = await app.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", PublisherKey);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await app.Get<AccessStore>().GetPublisherAsync(DemoOptions.PublisherId, CancellationToken.None));
    }
}
