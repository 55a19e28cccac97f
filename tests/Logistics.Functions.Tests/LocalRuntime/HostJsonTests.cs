using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.LocalRuntime;

/// <summary>The local runtime takes the HTTP route prefix from the app's <c>host.json</c>, as the Functions host does.</summary>
public sealed class HostJsonTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("logistics-hostjson-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_apps_host_json_declares_the_api_prefix()
    {
        Assert.Equal("api", HostJson.RoutePrefix(AppOutput.Folder));
        Assert.Equal("api", HostJson.RoutePrefix(AppOutput.ProjectFolder));
    }

    [Theory]
    [InlineData("""{"version":"2.0","extensions":{"http":{"routePrefix":"v1/"}}}""", "v1")]
    [InlineData("""{"version":"2.0","extensions":{"http":{"routePrefix":""}}}""", "")]
    [InlineData("""{"version":"2.0","extensions":{"durableTask":{"hubName":"X"}}}""", "api")]
    [InlineData("""{"version":"2.0"}""", "api")]
    public void The_prefix_is_read_from_extensions_http_routePrefix_with_the_hosts_default(string json, string expected)
    {
        File.WriteAllText(Path.Combine(_folder, "host.json"), json);

        Assert.Equal(expected, HostJson.RoutePrefix(_folder));
    }

    [Fact]
    public void Without_a_host_json_the_prefix_is_the_hosts_default() =>
        Assert.Equal(HostJson.DefaultRoutePrefix, HostJson.RoutePrefix(_folder));
}
