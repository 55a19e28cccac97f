using System.Net;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Security;

/// <summary>Endpoint × role × tenant over HTTP: 401 without a valid key, 403 for the wrong role, 404 for another publisher's resource.</summary>
public sealed class AccessMatrixTests : IClassFixture<AccessMatrixTests.Host>
{
    private readonly Host _host;

    public AccessMatrixTests(Host host) => _host = host;

    public enum Caller
    {
        None,
        Invalid,
        PublisherA,
        Ops,
        Floor,
    }

    public static TheoryData<string, string, Caller, HttpStatusCode> Matrix()
    {
        var data = new TheoryData<string, string, Caller, HttpStatusCode>();
        void Row(string method, string path, HttpStatusCode none, HttpStatusCode publisher, HttpStatusCode ops, HttpStatusCode floor)
        {
            data.Add(method, path, Caller.None, none);
            data.Add(method, path, Caller.Invalid, none == HttpStatusCode.OK ? HttpStatusCode.OK : HttpStatusCode.Unauthorized);
            data.Add(method, path, Caller.PublisherA, publisher);
            data.Add(method, path, Caller.Ops, ops);
            data.Add(method, path, Caller.Floor, floor);
        }

        const HttpStatusCode ok = HttpStatusCode.OK;
        const HttpStatusCode unauthorized = HttpStatusCode.Unauthorized;
        const HttpStatusCode forbidden = HttpStatusCode.Forbidden;
        Row("GET", "/api/health", ok, ok, ok, ok);
        Row("GET", "/api/publishers/me", unauthorized, ok, forbidden, forbidden);
        Row("GET", "/api/ops/publishers", unauthorized, forbidden, ok, ok);
        Row("GET", "/api/ops/publishers/acme", unauthorized, forbidden, ok, ok);
        Row("GET", "/api/ops/publishers/nobody", unauthorized, forbidden, HttpStatusCode.NotFound, HttpStatusCode.NotFound);
        Row("POST", "/api/ops/publishers/nobody/keys", unauthorized, forbidden, HttpStatusCode.NotFound, forbidden);
        Row("DELETE", "/api/publishers/me/keys/key-000000000000", unauthorized, HttpStatusCode.NotFound, forbidden, forbidden);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_AnswersByRole(string method, string path, Caller caller, HttpStatusCode expected)
    {
        var keys = await _host.KeysAsync();
        using var client = _host.CreateClient();
        var key = caller switch
        {
            Caller.Invalid => "lgk_not-a-real-key-but-long-enough-to-look-real",
            Caller.PublisherA => keys.PublisherA,
            Caller.Ops => keys.Ops,
            Caller.Floor => keys.Floor,
            _ => null,
        };

        using var response = await client.SendAsync(new HttpMethod(method), path, key);

        Assert.Equal(expected, response.StatusCode);
        if ((int)expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.JsonAsync();
            Assert.StartsWith("urn:logistics:problem:", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
            Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task Unauthorized_NamesTheHeader()
    {
        using var client = _host.CreateClient();
        using var response = await client.SendAsync(HttpMethod.Get, "/api/publishers/me", null);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("urn:logistics:problem:unauthorized", (await response.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Publisher_SeesOnlyItsOwnAccount()
    {
        var keys = await _host.KeysAsync();
        using var client = _host.CreateClient();

        var a = await (await client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherA)).JsonAsync();
        var b = await (await client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherB)).JsonAsync();

        Assert.Equal(TestKeys.PublisherAId, a.GetProperty("id").GetString());
        Assert.Equal(TestKeys.PublisherBId, b.GetProperty("id").GetString());
        Assert.DoesNotContain(keys.PublisherBKeyId, a.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(keys.PublisherAKeyId, b.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("keyHash", a.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publisher_CannotRevokeAnotherPublishersKey_ItAnswers404AndTheKeyStillWorks()
    {
        var keys = await _host.KeysAsync();
        using var client = _host.CreateClient();

        using var revoke = await client.SendAsync(HttpMethod.Delete, $"/api/publishers/me/keys/{keys.PublisherBKeyId}", keys.PublisherA);
        using var stillWorks = await client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherB);

        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
    }

    /// <summary>One host for the matrix, with two publishers and staff keys.</summary>
    public sealed class Host : IDisposable
    {
        private readonly FunctionHostFactory _factory = new();
        private readonly Lazy<Task<TestKeys>> _keys;

        public Host() => _keys = new Lazy<Task<TestKeys>>(() => TestKeys.CreateAsync(Started()));

        public Task<TestKeys> KeysAsync() => _keys.Value;

        public HttpClient CreateClient() => _factory.CreateClient();

        public void Dispose() => _factory.Dispose();

        private FunctionHostFactory Started()
        {
            _ = _factory.Server;
            return _factory;
        }
    }
}
