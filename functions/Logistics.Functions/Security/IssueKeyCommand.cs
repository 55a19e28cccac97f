using Logistics.Functions.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Logistics.Functions.Security;

/// <summary>
/// <c>Logistics.Functions issue-key --role ops|floor</c>: issues a staff key in the configured document store (the same
/// settings as the app, e.g. <c>Storage__Documents__Provider=Cosmos</c>) and prints it once. This is how the first ops key
/// comes to exist outside Development.
/// </summary>
public static class IssueKeyCommand
{
    private const string Usage = "usage: Logistics.Functions issue-key --role ops|floor";

    /// <summary>True when the first argument is <c>issue-key</c>.</summary>
    public static bool IsInvoked(IReadOnlyList<string> args) => args is ["issue-key", ..];

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not [_, "--role", var role, ..] || role is not (Roles.Ops or Roles.Floor))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = WebApplication.CreateBuilder(args[3..]);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddFunctionStorage(builder.Configuration, AppRuntime.Local);
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        builder.Services.AddSingleton<AccessStore>();

        // The services are resolved without starting the host: no server, no workers.
        await using var provider = builder.Services.BuildServiceProvider();
        var access = provider.GetRequiredService<AccessStore>();
        await access.EnsureContainersAsync(CancellationToken.None);
        var key = await access.CreateRoleKeyAsync(role, null, CancellationToken.None);
        await output.WriteLineAsync($"Issued {role} key {key.KeyId} (shown only now):");
        await output.WriteLineAsync(key.Key);
        return 0;
    }
}
