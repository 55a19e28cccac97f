using Logistics.Functions.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Logistics.Functions.Security;

/// <summary>
/// <c>Logistics.Functions issue-key --role ops|floor|carrier [--carrier SCAC]</c>: issues a staff or carrier key in the configured document store (the same
/// settings as the app, e.g. <c>Storage__Documents__Provider=Cosmos</c>) and prints it once. This is how the first ops key
/// comes to exist outside Development.
/// </summary>
public static class IssueKeyCommand
{
    private const string Usage = "usage: Logistics.Functions issue-key --role ops|floor|carrier [--carrier SCAC]";

    /// <summary>True when the first argument is <c>issue-key</c>.</summary>
    public static bool IsInvoked(IReadOnlyList<string> args) => args is ["issue-key", ..];

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (role, carrier, rest) = args switch
        {
            [_, "--role", Roles.Carrier, "--carrier", var scac, .. var more] when scac.Length is >= 2 and <= 4 && scac.All(char.IsAsciiLetter) =>
                (Roles.Carrier, scac.ToUpperInvariant(), more),
            [_, "--role", Roles.Ops or Roles.Floor, .. var more] => (args[2], (string?)null, more),
            _ => (null, null, []),
        };
        if (role is null)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = WebApplication.CreateBuilder(rest);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddFunctionStorage(builder.Configuration, AppRuntime.Local);
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        builder.Services.AddSingleton<AccessStore>();

        // The services are resolved without starting the host: no server, no workers.
        await using var provider = builder.Services.BuildServiceProvider();
        var access = provider.GetRequiredService<AccessStore>();
        await access.EnsureContainersAsync(CancellationToken.None);
        var key = await access.CreateRoleKeyAsync(role, null, CancellationToken.None, carrier);
        await output.WriteLineAsync($"Issued {role} key {key.KeyId} (shown only now):");
        await output.WriteLineAsync(key.Key);
        return 0;
    }
}
