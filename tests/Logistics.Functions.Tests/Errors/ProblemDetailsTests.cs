using System.Net;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Errors;

public sealed class ProblemDetailsTests : IClassFixture<ProblemDetailsTests.Host>
{
    private readonly Host _host;

    public ProblemDetailsTests(Host host) => _host = host;

    [Theory]
    [InlineData("""{"id":"abc","name":"A","bogus":1}""", "urn:logistics:problem:validation", "/bogus", "Unknown member")]
    [InlineData("""{"id":"abc","name":"A","id":"def"}""", "urn:logistics:problem:validation", "/id", "Duplicate member")]
    [InlineData("""{"id":"abc","name":}""", "urn:logistics:problem:malformed-json", "/name", "line 1")]
    [InlineData("""{"id":"abc"}""", "urn:logistics:problem:validation", "", "name")]
    [InlineData("""{"id":42,"name":"A"}""", "urn:logistics:problem:validation", "/id", "expected type")]
    [InlineData("""{"id":"Not Valid!","name":"A"}""", "urn:logistics:problem:validation", null, "'id'")]
    public async Task BadBody_Answers400ProblemDetails_NamingThePointer(string body, string type, string? pointer, string detail)
    {
        var keys = await _host.KeysAsync();
        using var client = _host.Factory.CreateClient();

        using var response = await client.SendAsync(HttpMethod.Post, "/api/ops/publishers", keys.Ops, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        if (pointer is not null)
        {
            Assert.Equal(pointer, problem.GetProperty("pointer").GetString());
        }

        Assert.DoesNotContain("Logistics.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedBody_Answers413ProblemDetails()
    {
        var keys = await _host.KeysAsync();
        using var client = _host.Factory.CreateClient();
        var body = $$"""{"id":"big","name":"{{new string('x', 5000)}}"}""";

        using var response = await client.SendAsync(HttpMethod.Post, "/api/ops/publishers", keys.Ops, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("urn:logistics:problem:payload-too-large", (await response.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task UnknownRoute_Answers404ProblemDetails()
    {
        using var client = _host.Factory.CreateClient();
        using var response = await client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("urn:logistics:problem:not-found", (await response.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Health_ReportsTheDocumentStore()
    {
        using var client = _host.Factory.CreateClient();
        var health = await (await client.GetAsync("/api/health")).JsonAsync();
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("documents").GetString());
        Assert.Equal("standalone", health.GetProperty("runtime").GetString());
    }

    [Fact]
    public async Task OpenApi_DescribesTheHttpFunctions()
    {
        using var client = _host.Factory.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.JsonAsync()).GetProperty("paths");
        foreach (var path in new[] { "/api/health", "/api/publishers/me", "/api/publishers/me/keys/{keyId}", "/api/ops/publishers" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    /// <summary>A host with a small body limit.</summary>
    public sealed class Host : IDisposable
    {
        private readonly Lazy<Task<TestKeys>> _keys;

        public Host()
        {
            Factory = new FunctionHostFactory(new Dictionary<string, string?> { ["Http:MaxRequestBodyBytes"] = "4096" });
            _keys = new Lazy<Task<TestKeys>>(() =>
            {
                _ = Factory.Server;
                return TestKeys.CreateAsync(Factory);
            });
        }

        public FunctionHostFactory Factory { get; }

        public Task<TestKeys> KeysAsync() => _keys.Value;

        public void Dispose() => Factory.Dispose();
    }
}
