using System.Net;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Security;

public sealed class RateLimitingTests : IDisposable
{
    private readonly FunctionHostFactory _factory = new(new Dictionary<string, string?>
    {
        ["RateLimiting:PermitsPerWindow"] = "3",
        ["RateLimiting:WindowSeconds"] = "600",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AKeyOverItsLimit_Gets429WithRetryAfter_WhileAnotherKeyIsUnaffected()
    {
        _ = _factory.Server;
        var keys = await TestKeys.CreateAsync(_factory);
        using var client = _factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherA)).StatusCode);
        }

        using var limited = await client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherA);
        using var other = await client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherB);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("urn:logistics:problem:rate-limited", (await limited.JsonAsync()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
