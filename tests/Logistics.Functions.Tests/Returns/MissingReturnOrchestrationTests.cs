using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Inbound;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Returns;

/// <summary>
/// A crash after a return notice is committed and before its orchestration starts leaves a return without an instance;
/// the reconciliation timer starts it, and the return then waits for its goods like any other.
/// </summary>
public sealed class MissingReturnOrchestrationTests
{
    [Fact]
    public async Task The_reconciliation_timer_starts_the_missing_orchestration_of_a_return_once()
    {
        await using var host = await InboundHost.StartAsync(services => services.DecorateDurableTaskClient(client => new CrashBeforeFirstStartClient(client)));
        using (var posted = await host.Client.SendAsync(HttpMethod.Post, "/api/returns", host.Keys.PublisherA,
            """{"returnNumber":"RMA-GAP","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":2,"unit":"EA","reason":"unsold"}]}"""))
        {
            Assert.True((int)posted.StatusCode >= 500, $"expected a server error, got {(int)posted.StatusCode}");
        }

        var stranded = await host.OkAsync(HttpMethod.Get, "/api/returns/acme~RMA-GAP", host.Keys.PublisherA);
        Assert.Equal(("AwaitingArrival", JsonValueKind.Null), (stranded.GetProperty("status").GetString(), stranded.GetProperty("runtimeStatus").ValueKind));

        await host.RunTimerAsync("ReconcileOrchestrations");

        var instance = stranded.GetProperty("instanceId").GetString()!;
        using var started = await host.Client.SendAsync(HttpMethod.Get, $"/api/runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(instance)}", host.Keys.Ops);
        Assert.Contains(started.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Accepted });
        var before = await host.SnapshotAsync();
        await host.RunTimerAsync("ReconcileOrchestrations");
        Assert.Equal(before, await host.SnapshotAsync());
    }
}
