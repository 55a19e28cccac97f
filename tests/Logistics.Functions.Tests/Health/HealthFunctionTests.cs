using System.Net;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Health;

/// <summary><c>GET /api/health</c>: anonymous, reports the document store and which runtime serves the process.</summary>
public sealed class HealthFunctionTests
{
    [Fact]
    public async Task Health_reports_a_healthy_document_store_and_the_local_runtime()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.JsonAsync();
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("local", health.GetProperty("runtime").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("process").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("documents").GetString());
        Assert.True(health.GetProperty("durationMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task Health_is_not_rate_limited_for_probes_without_a_key()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["RateLimiting:AnonymousPermitsPerWindow"] = "2", ["RateLimiting:WindowSeconds"] = "600" });

        for (var i = 0; i < 5; i++)
        {
            using var response = await app.Client.GetAsync("/api/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
