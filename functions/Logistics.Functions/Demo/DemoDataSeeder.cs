using System.Text;
using Logistics.Functions.Hosting;
using Logistics.Functions.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Demo;

/// <summary>
/// Development only: creates <c>demo-publisher</c> with a key, plus an ops, a floor and a carrier key (SCAC DEMO), and prints them with a
/// ready-to-paste curl line once the server listens. Keys are stored hashed, so generated keys can be shown at the
/// first start only; preset keys (<see cref="DemoOptions"/>) are ensured and shown at every start.
/// </summary>
public sealed class DemoDataSeeder(
    AccessStore access,
    IOptions<DemoOptions> options,
    IHostApplicationLifetime lifetime,
    IServer server,
    ILogger<DemoDataSeeder> logger) : IHostedService
{
    /// <summary>The console banner's first line; tests look for it.</summary>
    public const string BannerTitle = "Demo credentials (Development only)";

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value;
        var shown = new List<(string Who, string? Key)>();
        if (await access.GetPublisherAsync(DemoOptions.PublisherId, cancellationToken) is null)
        {
            var publisher = await access.CreatePublisherAsync(DemoOptions.PublisherId, "Demo Publisher", demo.PublisherKey, cancellationToken);
            var ops = await access.CreateRoleKeyAsync(Roles.Ops, demo.OpsKey, cancellationToken);
            var floor = await access.CreateRoleKeyAsync(Roles.Floor, demo.FloorKey, cancellationToken);
            var carrier = await access.CreateRoleKeyAsync(Roles.Carrier, demo.CarrierKey, cancellationToken, DemoOptions.CarrierScac);
            shown.Add(("publisher " + DemoOptions.PublisherId, publisher?.Key));
            shown.Add(("ops", ops.Key));
            shown.Add(("floor", floor.Key));
            shown.Add(("carrier " + DemoOptions.CarrierScac, carrier.Key));
            Logs.DemoCreated(logger, DemoOptions.PublisherId);
        }
        else
        {
            shown.Add(("publisher " + DemoOptions.PublisherId, await EnsurePublisherKeyAsync(demo.PublisherKey, cancellationToken)));
            shown.Add(("ops", await EnsureRoleKeyAsync(Roles.Ops, demo.OpsKey, cancellationToken)));
            shown.Add(("floor", await EnsureRoleKeyAsync(Roles.Floor, demo.FloorKey, cancellationToken)));
            shown.Add(("carrier " + DemoOptions.CarrierScac, await EnsureRoleKeyAsync(Roles.Carrier, demo.CarrierKey, cancellationToken, DemoOptions.CarrierScac)));
        }

        lifetime.ApplicationStarted.Register(() => Print(shown));
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<string?> EnsurePublisherKeyAsync(string? preset, CancellationToken cancellationToken)
    {
        if (preset is null || await access.FindKeyAsync(preset, cancellationToken) is not null)
        {
            return preset;
        }

        var (outcome, key) = await access.AddPublisherKeyAsync(DemoOptions.PublisherId, preset, cancellationToken);
        return outcome == KeyChangeOutcome.Done ? key!.Key : null;
    }

    private async Task<string?> EnsureRoleKeyAsync(string role, string? preset, CancellationToken cancellationToken, string? carrier = null)
    {
        if (preset is not null && await access.FindKeyAsync(preset, cancellationToken) is null)
        {
            await access.CreateRoleKeyAsync(role, preset, cancellationToken, carrier);
        }

        return preset;
    }

    private void Print(List<(string Who, string? Key)> shown)
    {
        var baseUrl = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://localhost:{LocalRuntime.LocalRuntimeHost.DefaultPort}";
        var text = new StringBuilder();
        text.AppendLine().AppendLine(BannerTitle + "; keys are stored hashed:");
        foreach (var (who, key) in shown)
        {
            text.AppendLine(key is null
                ? $"  {who,-26} (issued at first start, cannot be shown again; preset one with Demo__ settings or delete .data/)"
                : $"  {who,-26} X-Api-Key: {key}");
        }

        if (shown[0].Key is { } publisherKey)
        {
            text.AppendLine("Try:").AppendLine($"  curl -H \"X-Api-Key: {publisherKey}\" {baseUrl.TrimEnd('/')}/api/publishers/me");
        }

        // Written to the console on purpose, not to the log: secrets never go to log sinks.
        Console.Out.Write(text.ToString());
        Console.Out.Flush();
    }
}
