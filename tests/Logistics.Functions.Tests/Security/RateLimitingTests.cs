using System.Net;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Security;

/// <summary>Each key, and each client address without a key, has its own fixed window; a refusal is 429 with <c>Retry-After</c>.</summary>
public sealed class RateLimitingTests
{
    [Fact]
    public async Task A_key_over_its_limit_gets_429_with_Retry_After_while_another_key_is_unaffected()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["RateLimiting:PermitsPerWindow"] = "3",
            ["RateLimiting:WindowSeconds"] = "600",
        });
        var keys = await TestKeys.CreateAsync(app);

        for (var i = 0; i < 3; i++)
        {
            using var ok = await app.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherA);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await app.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherA);
        using var other = await app.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherB);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(600));
        var problem = await limited.JsonAsync();
        Assert.Equal("urn:logistics:problem:rate-limited", problem.GetProperty("type").GetString());
        Assert.Equal((int)limited.Headers.RetryAfter.Delta.Value.TotalSeconds, problem.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Requests_without_a_key_are_limited_per_client_address_before_authentication()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["RateLimiting:AnonymousPermitsPerWindow"] = "2",
            ["RateLimiting:WindowSeconds"] = "600",
        });
        var keys = await TestKeys.CreateAsync(app);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await app.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", null);
            statuses.Add(response.StatusCode);
        }

        using var withKey = await app.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherA);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
    }
}
