using System.Net;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Errors;

/// <summary>Every error is RFC 9457 problem details with a stable <c>urn:logistics:problem:*</c> type, over real HTTP.</summary>
public sealed class ProblemDetailsTests(ProblemDetailsTests.Host host) : IClassFixture<ProblemDetailsTests.Host>
{
    [Theory]
    [InlineData("""{"id":"abc","name":"A","bogus":1}""", "urn:logistics:problem:validation", "/bogus", "Unknown member")]
    [InlineData("""{"id":"abc","name":"A","id":"def"}""", "urn:logistics:problem:validation", "/id", "Duplicate member")]
    [InlineData("""{"id":"abc","name":}""", "urn:logistics:problem:malformed-json", "/name", "line 1")]
    [InlineData("""{"id":"abc"}""", "urn:logistics:problem:validation", "", "name")]
    [InlineData("""{"id":42,"name":"A"}""", "urn:logistics:problem:validation", "/id", "expected type")]
    [InlineData("""{"id":"Not Valid!","name":"A"}""", "urn:logistics:problem:validation", null, "'id'")]
    public async Task A_bad_body_answers_400_problem_details_naming_the_pointer(string body, string type, string? pointer, string detail)
    {
        using var response = await host.App.Client.SendAsync(HttpMethod.Post, "/api/ops/publishers", host.Keys.Ops, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        if (pointer is not null)
        {
            Assert.Equal(pointer, problem.GetProperty("pointer").GetString());
        }

        Assert.DoesNotContain("Logistics.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api/ops/publishers", problem.GetProperty("instance").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task A_body_over_the_configured_limit_answers_413_problem_details()
    {
        var body = $$"""{"id":"big","name":"{{new string('x', 5000)}}"}""";

        using var response = await host.App.Client.SendAsync(HttpMethod.Post, "/api/ops/publishers", host.Keys.Ops, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("urn:logistics:problem:payload-too-large", problem.GetProperty("type").GetString());
        Assert.Equal(4096, problem.GetProperty("maxBytes").GetInt32());
    }

    [Fact]
    public async Task A_JSON_body_sent_as_another_media_type_answers_415_problem_details()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ops/publishers") { Content = new StringContent("""{"id":"abc","name":"A"}""") };
        request.Headers.Add("X-Api-Key", host.Keys.Ops);

        using var response = await host.App.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("urn:logistics:problem:unsupported-media-type", (await response.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_bad_query_parameter_answers_400_naming_it()
    {
        using var response = await host.App.Client.SendAsync(HttpMethod.Get, "/api/ops/publishers?pageSize=5000", host.Keys.Ops);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("/pageSize", error.GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task An_unknown_route_answers_404_problem_details()
    {
        using var response = await host.App.Client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("urn:logistics:problem:not-found", (await response.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_method_the_route_does_not_declare_answers_405_problem_details()
    {
        using var response = await host.App.Client.SendAsync(HttpMethod.Delete, "/api/ops/publishers", host.Keys.Ops);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("urn:logistics:problem:method-not-allowed", (await response.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_missing_resource_answers_404_problem_details_from_the_function()
    {
        using var response = await host.App.Client.SendAsync(HttpMethod.Get, "/api/ops/publishers/nobody", host.Keys.Ops);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("urn:logistics:problem:not-found", problem.GetProperty("type").GetString());
        Assert.Contains("nobody", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>One app with a 4 KiB body limit, two publishers and the staff keys.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private TestApp? _app;
        private TestKeys? _keys;

        public TestApp App => _app ?? throw new InvalidOperationException("Not started.");

        public TestKeys Keys => _keys ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync()
        {
            _app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["Http:MaxRequestBodyBytes"] = "4096" });
            _keys = await TestKeys.CreateAsync(_app);
        }

        public async Task DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
        }
    }
}
