using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Errors;

/// <summary>Every error is RFC 9457 problem details with a stable <c>urn:logistics:problem:*</c> type, over real HTTP.</summary>
public sealed class ProblemDetailsTests(ProblemDetailsTests.Host host) : IClassFixture<ProblemDetailsTests.Host>
{
    [Theory]
    [InlineData("""{"id":"abc","name":"A","bogus":1}""", "urn:logistics:problem:validation", "/bogus", "Unknown member")]
    [InlineData("""{"id":"abc","Name":"A"}""", "urn:logistics:problem:validation", "/Name", "Unknown member")]
    [InlineData("""{"id":"abc","name":"A","id":"def"}""", "urn:logistics:problem:validation", "/id", "Duplicate member")]
    [InlineData("""{"id":"abc","name":}""", "urn:logistics:problem:malformed-json", "/name", "line 1")]
    [InlineData("""{"id":"abc"}""", "urn:logistics:problem:validation", "/name", "'name'")]
    [InlineData("""{"id":"abc","name":null}""", "urn:logistics:problem:validation", "/name", "must not be null")]
    [InlineData("""{"id":42,"name":"A"}""", "urn:logistics:problem:validation", "/id", "expected type")]
    [InlineData("""{"id":"Not Valid!","name":"A"}""", "urn:logistics:problem:validation", "/id", "'id'")]
    public async Task A_bad_body_answers_400_problem_details_naming_the_pointer(string body, string type, string pointer, string detail)
    {
        using var response = await host.App.Client.SendAsync(HttpMethod.Post, "/api/ops/publishers", host.Keys.Ops, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(pointer, error.GetProperty("pointer").GetString());
        Assert.Contains(detail, error.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Logistics.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api/ops/publishers", problem.GetProperty("instance").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
    }

    [Theory]
    [InlineData("""{"description":"Atlas","caseQuantity":"10"}""", "/caseQuantity")]
    [InlineData("""{"description":"Atlas","lotControlled":"true"}""", "/lotControlled")]
    [InlineData("""{"description":"Atlas","caseQuantity":10.0}""", "/caseQuantity")]
    [InlineData("""{"description":"Atlas","caseQuantity":1e400}""", "/caseQuantity")]
    [InlineData("""{"description":"\ud800 lone surrogate"}""", "/description")]
    [InlineData("""{"description":"Atlas","barcodes":["\udc00\ud800"]}""", "/barcodes/0")]
    public async Task A_number_or_boolean_sent_as_a_string_out_of_range_or_invalid_text_is_refused_naming_the_member(string body, string pointer)
    {
        using var response = await host.App.Client.SendAsync(HttpMethod.Put, "/api/items/STRICT-1", host.Keys.PublisherA, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal(pointer, error.GetProperty("pointer").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await host.App.Client.SendAsync(HttpMethod.Get, "/api/items/STRICT-1", host.Keys.PublisherA)).StatusCode);
    }

    [Fact]
    public async Task Every_kind_of_error_has_the_same_problem_members_and_every_400_names_pointers()
    {
        var keys = host.Keys;
        var cases = new (HttpMethod Method, string Path, string? Key, string? Body, int Status)[]
        {
            (HttpMethod.Get, "/api/publishers/me", null, null, 401),
            (HttpMethod.Get, "/api/publishers/me", "lgk_unknown-key-of-sufficient-length-000000", null, 401),
            (HttpMethod.Get, "/api/ops/publishers", keys.Floor, null, 403),
            (HttpMethod.Get, "/api/ops/publishers/nobody", keys.Ops, null, 404),
            (HttpMethod.Get, "/api/nothing-here", keys.Ops, null, 404),
            (HttpMethod.Delete, "/api/ops/publishers", keys.Ops, null, 405),
            (HttpMethod.Post, "/api/ops/publishers", keys.Ops, """{"id":"acme","name":"Again"}""", 409),
            (HttpMethod.Post, "/api/ops/publishers", keys.Ops, "{", 400),
            (HttpMethod.Post, "/api/ops/publishers", keys.Ops, """{"id":"x-1"}""", 400),
            (HttpMethod.Get, "/api/items?pageSize=0", keys.PublisherA, null, 400),
            (HttpMethod.Get, "/api/items?continuationToken=garbage", keys.PublisherA, null, 400),
            (HttpMethod.Get, "/api/inventory?status=Lost", keys.PublisherA, null, 400),
            (HttpMethod.Post, "/api/notices", keys.PublisherA, """{"noticeNumber":"P-1"}""", 400),
            (HttpMethod.Put, "/api/items/BIG", keys.PublisherA, $$"""{"description":"{{new string('x', 5000)}}"}""", 413),
        };

        foreach (var (method, path, key, body, status) in cases)
        {
            using var response = await host.App.Client.SendAsync(method, path, key, body);
            var what = $"{method} {path}";
            Assert.True((int)response.StatusCode == status, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.JsonAsync();
            foreach (var member in new[] { "type", "title", "detail", "instance", "traceId" })
            {
                Assert.True(problem.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0, $"{what}: no {member} in {problem}");
            }

            Assert.StartsWith("urn:logistics:problem:", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
            Assert.Equal(status, problem.GetProperty("status").GetInt32());
            Assert.Equal(path.Split('?')[0], problem.GetProperty("instance").GetString());
            Assert.Equal(status == 400, problem.TryGetProperty("errors", out var errors));
            if (status == 400)
            {
                Assert.NotEmpty(errors.EnumerateArray());
                Assert.All(errors.EnumerateArray(), e => Assert.Matches("^(/.*)?$", e.GetProperty("pointer").GetString()));
                Assert.All(errors.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("detail").GetString())));
            }
        }
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
