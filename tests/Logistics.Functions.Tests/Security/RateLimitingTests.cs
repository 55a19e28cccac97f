using System.Net;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Security;

/// <summary>
/// Each key, and each client address without a key, has its own fixed window; a client address that fails
/// authentication too often is refused before its keys are checked; a refusal is 429 with <c>Retry-After</c>.
/// </summary>
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

    [Fact]
    public async Task Wrong_keys_from_one_address_are_refused_with_429_after_the_limit_while_other_addresses_and_their_keys_are_unaffected()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(time, new Dictionary<string, string?>
        {
            ["RateLimiting:FailedAuthenticationsPerWindow"] = "3",
            ["RateLimiting:WindowSeconds"] = "60",
        });
        var keys = await TestKeys.CreateAsync(app);
        const string Attacker = "203.0.113.7";
        const string Neighbour = "198.51.100.20";

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var guess = await SendFromAsync(app, Attacker, $"lgk_guess-{i}-long-enough-to-look-like-a-real-key");
            guesses.Add(guess.StatusCode);
        }

        using var blocked = await SendFromAsync(app, Attacker, keys.PublisherA);
        using var neighbourValid = await SendFromAsync(app, Neighbour, keys.PublisherA);
        using var neighbourWrong = await SendFromAsync(app, Neighbour, "lgk_neighbour-typo-long-enough-to-look-like-a-key");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], guesses);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.InRange(blocked.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        var problem = await blocked.JsonAsync();
        Assert.Equal("urn:logistics:problem:rate-limited", problem.GetProperty("type").GetString());
        Assert.Contains("failed authentications", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, neighbourValid.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, neighbourWrong.StatusCode);

        time.Advance(TimeSpan.FromSeconds(60));
        using var afterWindow = await SendFromAsync(app, Attacker, keys.PublisherA);
        Assert.Equal(HttpStatusCode.OK, afterWindow.StatusCode);
    }

    [Fact]
    public async Task Missing_keys_count_as_failed_authentication_but_a_valid_key_with_the_wrong_role_does_not()
    {
        await using var app = await TestApp.StartAsync(new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero)), new Dictionary<string, string?>
        {
            ["RateLimiting:FailedAuthenticationsPerWindow"] = "2",
        });
        var keys = await TestKeys.CreateAsync(app);

        var forbidden = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await SendFromAsync(app, "192.0.2.1", keys.Floor);
            forbidden.Add(response.StatusCode);
        }

        using var missing1 = await SendFromAsync(app, "192.0.2.2", null);
        using var missing2 = await SendFromAsync(app, "192.0.2.2", null);
        using var thenValid = await SendFromAsync(app, "192.0.2.2", keys.PublisherA);

        Assert.All(forbidden, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], [missing1.StatusCode, missing2.StatusCode, thenValid.StatusCode]);
    }

    /// <summary>GET /api/publishers/me as if from <paramref name="address"/>: the app runs on loopback, where X-Forwarded-For names the client, as behind the Functions host.</summary>
    private static async Task<HttpResponseMessage> SendFromAsync(TestApp app, string address, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/publishers/me");
        request.Headers.Add("X-Forwarded-For", address);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await app.Client.SendAsync(request);
    }
}
