using System.Net;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Security;

/// <summary>Keys over HTTP: a publisher rotates its own, ops create publishers and staff keys, limits hold.</summary>
public sealed class KeyRotationTests : IAsyncLifetime
{
    private TestApp? _app;
    private TestKeys? _keys;

    private HttpClient Client => _app!.Client;

    private TestKeys Keys => _keys!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Security:MaxKeysPerPublisher"] = "2" });
        _keys = await TestKeys.CreateAsync(_app);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_publisher_rotates_its_key_the_new_key_works_the_old_one_stops_and_the_last_is_kept()
    {
        using var created = await Client.SendAsync(HttpMethod.Post, "/api/publishers/me/keys", Keys.PublisherA);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = await created.JsonAsync();
        var newKey = issued.GetProperty("key").GetString()!;
        var newKeyId = issued.GetProperty("keyId").GetString()!;
        Assert.StartsWith("lgk_", newKey, StringComparison.Ordinal);
        Assert.EndsWith($"/api/publishers/me/keys/{newKeyId}", created.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Get, "/api/publishers/me", Keys.PublisherA)).StatusCode);

        using var third = await Client.SendAsync(HttpMethod.Post, "/api/publishers/me/keys", newKey);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);

        using var revoke = await Client.SendAsync(HttpMethod.Delete, $"/api/publishers/me/keys/{Keys.PublisherAKeyId}", newKey);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.SendAsync(HttpMethod.Get, "/api/publishers/me", Keys.PublisherA)).StatusCode);
        var me = await (await Client.SendAsync(HttpMethod.Get, "/api/publishers/me", newKey)).JsonAsync();
        Assert.Equal(newKeyId, Assert.Single(me.GetProperty("keys").EnumerateArray()).GetProperty("keyId").GetString());
        Assert.DoesNotContain(newKey, me.ToString(), StringComparison.Ordinal);

        using var last = await Client.SendAsync(HttpMethod.Delete, $"/api/publishers/me/keys/{newKeyId}", newKey);
        Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Get, "/api/publishers/me", newKey)).StatusCode);
    }

    [Fact]
    public async Task Ops_create_a_publisher_whose_key_works_and_list_publishers_page_by_page()
    {
        using var created = await Client.SendAsync(HttpMethod.Post, "/api/ops/publishers", Keys.Ops, """{"id":"initech","name":"Initech"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.JsonAsync()).GetProperty("key").GetProperty("key").GetString();

        var me = await (await Client.SendAsync(HttpMethod.Get, "/api/publishers/me", key)).JsonAsync();
        Assert.Equal("initech", me.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Client.SendAsync(HttpMethod.Post, "/api/ops/publishers", Keys.Ops, """{"id":"initech","name":"Again"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(HttpMethod.Post, "/api/ops/publishers", Keys.Floor, """{"id":"x1","name":"X"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(HttpMethod.Post, "/api/ops/publishers", key, """{"id":"x2","name":"X"}""")).StatusCode);

        var list = await (await Client.SendAsync(HttpMethod.Get, "/api/ops/publishers?pageSize=2", Keys.Ops)).JsonAsync();
        Assert.Equal(["acme", "globex"], list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        var next = list.GetProperty("continuationToken").GetString();
        var page2 = await (await Client.SendAsync(HttpMethod.Get, $"/api/ops/publishers?pageSize=2&continuationToken={Uri.EscapeDataString(next!)}", Keys.Ops)).JsonAsync();
        Assert.Equal(["initech"], page2.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Ops_issue_another_key_to_a_publisher_up_to_the_limit()
    {
        using var issued = await Client.SendAsync(HttpMethod.Post, $"/api/ops/publishers/{TestKeys.PublisherBId}/keys", Keys.Ops);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var key = (await issued.JsonAsync()).GetProperty("key").GetString();

        var me = await (await Client.SendAsync(HttpMethod.Get, "/api/publishers/me", key)).JsonAsync();
        Assert.Equal(TestKeys.PublisherBId, me.GetProperty("id").GetString());
        Assert.Equal(2, me.GetProperty("keys").GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, (await Client.SendAsync(HttpMethod.Post, $"/api/ops/publishers/{TestKeys.PublisherBId}/keys", Keys.Ops)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.SendAsync(HttpMethod.Post, "/api/ops/publishers/nobody/keys", Keys.Ops)).StatusCode);
    }

    [Fact]
    public async Task Ops_issue_a_floor_key_that_works_on_the_floor_but_sees_no_publisher_and_manages_no_key()
    {
        using var created = await Client.SendAsync(HttpMethod.Post, "/api/ops/keys", Keys.Ops, """{"role":"floor"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var floorKey = (await created.JsonAsync()).GetProperty("key").GetString();

        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Get, "/api/putaway-tasks", floorKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(HttpMethod.Get, "/api/ops/publishers", floorKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(HttpMethod.Get, $"/api/ops/publishers/{TestKeys.PublisherAId}", floorKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(HttpMethod.Post, "/api/ops/keys", floorKey, """{"role":"ops"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.SendAsync(HttpMethod.Post, "/api/ops/keys", Keys.Ops, """{"role":"publisher"}""")).StatusCode);
    }
}
