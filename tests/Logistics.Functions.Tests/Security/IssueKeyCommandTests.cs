using System.Net;
using Logistics.Functions.Security;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Security;

/// <summary><c>issue-key --role ops|floor</c>: how the first staff key comes to exist outside Development.</summary>
public sealed class IssueKeyCommandTests
{
    [Theory]
    [InlineData("ops", "/api/ops/keys", HttpStatusCode.BadRequest)]
    [InlineData("floor", "/api/ops/keys", HttpStatusCode.Forbidden)]
    public async Task Issue_key_writes_a_staff_key_to_the_configured_store_that_the_running_app_accepts(string role, string opsOnlyPath, HttpStatusCode onOpsOnly)
    {
        await using var app = await TestApp.StartAsync(environment: "Production");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var database = Path.Combine(app.DataDirectory, "logistics.db");

        var code = await IssueKeyCommand.RunAsync(["issue-key", "--role", role, $"--Storage:Documents:DatabasePath={database}"], output, error);

        Assert.True(code == 0, error.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith($"Issued {role} key key-", lines[0], StringComparison.Ordinal);
        var key = lines[^1];
        using var read = await app.Client.SendAsync(HttpMethod.Get, "/api/putaway-tasks", key);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var opsOnly = await app.Client.SendAsync(HttpMethod.Post, opsOnlyPath, key, "{}");
        Assert.Equal(onOpsOnly, opsOnly.StatusCode);
    }

    [Theory]
    [InlineData("issue-key")]
    [InlineData("issue-key --role")]
    [InlineData("issue-key --role publisher")]
    [InlineData("issue-key --user ops")]
    public async Task Issue_key_refuses_anything_but_an_ops_or_floor_role_with_its_usage(string commandLine)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, await IssueKeyCommand.RunAsync(commandLine.Split(' '), output, error));
        Assert.Contains("usage:", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Theory]
    [InlineData(new[] { "issue-key", "--role", "ops" }, true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:0" }, false)]
    [InlineData(new string[0], false)]
    public void Issue_key_is_invoked_by_its_first_argument_only(string[] args, bool expected) =>
        Assert.Equal(expected, IssueKeyCommand.IsInvoked(args));
}
