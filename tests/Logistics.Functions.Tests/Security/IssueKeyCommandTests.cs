using System.Net;
using Logistics.Functions.Security;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Security;

public sealed class IssueKeyCommandTests
{
    [Fact]
    public async Task IssueKey_WritesAnOpsKeyToTheConfiguredStore_ThatTheAppAccepts()
    {
        using var factory = new FunctionHostFactory(environment: "Production");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var database = Path.Combine(factory.DataDirectory, "logistics.db");

        var code = await IssueKeyCommand.RunAsync(["issue-key", "--role", "ops", $"--Storage:Documents:DatabasePath={database}"], output, error);

        Assert.True(code == 0, error.ToString());
        var key = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(HttpMethod.Get, "/api/ops/publishers", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("issue-key")]
    [InlineData("issue-key --role publisher")]
    public async Task IssueKey_RejectsOtherRoles(string commandLine)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(2, await IssueKeyCommand.RunAsync(commandLine.Split(' '), output, error));
        Assert.Contains("usage:", error.ToString(), StringComparison.Ordinal);
    }
}
