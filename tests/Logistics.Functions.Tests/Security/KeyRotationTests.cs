using System.Net;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Security;

public sealed class KeyRotationTests : IDisposable
{
    private readonly FunctionHostFactory _factory = new(new Dictionary<string, string?> { ["Security:MaxKeysPerPublisher"] = "2" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Publisher_RotatesItsKey_NewKeyWorks_OldKeyStops_LastKeyIsKept()
    {
        _ = _factory.Server;
        var keys = await TestKeys.CreateAsync(_factory);
        using var client = _factory.CreateClient();

        using var created = await client.SendAsync(HttpMethod.Post, "/api/publishers/me/keys", keys.PublisherA);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = await created.JsonAsync();
        var newKey = issued.GetProperty("key").GetString()!;
        Assert.StartsWith("lgk_", newKey, StringComparison.Ordinal);

        using var third = await client.SendAsync(HttpMethod.Post, "/api/publishers/me/keys", newKey);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);

        using var revoke = await client.SendAsync(HttpMethod.Delete, $"/api/publishers/me/keys/{keys.PublisherAKeyId}", newKey);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherA)).StatusCode);
        var me = await (await client.SendAsync(HttpMethod.Get, "/api/publishers/me", newKey)).JsonAsync();
        Assert.Equal(issued.GetProperty("keyId").GetString(), Assert.Single(me.GetProperty("keys").EnumerateArray()).GetProperty("keyId").GetString());

        using var last = await client.SendAsync(HttpMethod.Delete, $"/api/publishers/me/keys/{issued.GetProperty("keyId").GetString()}", newKey);
        Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
    }

    [Fact]
    public async Task Ops_CreatesAPublisher_WhoseKeyWorks_AndListsIt()
    {
        _ = _factory.Server;
        var keys = await TestKeys.CreateAsync(_factory);
        using var client = _factory.CreateClient();

        using var created = await client.SendAsync(HttpMethod.Post, "/api/ops/publishers", keys.Ops, """{"id":"initech","name":"Initech"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.JsonAsync()).GetProperty("key").GetProperty("key").GetString();

        var me = await (await client.SendAsync(HttpMethod.Get, "/api/publishers/me", key)).JsonAsync();
        Assert.Equal("initech", me.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.SendAsync(HttpMethod.Post, "/api/ops/publishers", keys.Ops, """{"id":"initech","name":"Again"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "/api/ops/publishers", keys.Floor, """{"id":"x1","name":"X"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "/api/ops/publishers", key, """{"id":"x2","name":"X"}""")).StatusCode);

        var list = await (await client.SendAsync(HttpMethod.Get, "/api/ops/publishers?pageSize=2", keys.Ops)).JsonAsync();
        Assert.Equal(["acme", "globex"], list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        var next = list.GetProperty("continuationToken").GetString();
        var page2 = await (await client.SendAsync(HttpMethod.Get, $"/api/ops/publishers?pageSize=2&continuationToken={Uri.EscapeDataString(next!)}", keys.Ops)).JsonAsync();
        Assert.Equal(["initech"], page2.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Ops_IssuesAFloorKey_ThatReadsButCannotWrite()
    {
        _ = _factory.Server;
        var keys = await TestKeys.CreateAsync(_factory);
        using var client = _factory.CreateClient();

        using var created = await client.SendAsync(HttpMethod.Post, "/api/ops/keys", keys.Ops, """{"role":"floor"}""");
        var floorKey = (await created.JsonAsync()).GetProperty("key").GetString();

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, "/api/ops/publishers", floorKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "/api/ops/keys", floorKey, """{"role":"ops"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, "/api/ops/keys", keys.Ops, """{"role":"publisher"}""")).StatusCode);
    }
}
