using Logistics.Orchestration.Client;
using Logistics.Orchestration.Tests.Support;

namespace Logistics.Orchestration.Tests.Conformance;

public sealed class SendEventTests
{
    private static void Register(OrchestrationRegistry registry) => registry
        .AddOrchestratorFunc<string, string>("Receiver", async (ctx, _) => await ctx.WaitForExternalEvent<string>("Ping"))
        .AddOrchestratorFunc<string, string>("Sender", (ctx, target) =>
        {
            ctx.SendEvent(target, "Ping", "from " + ctx.InstanceId);
            return Task.FromResult("sent");
        });

    [Fact]
    public async Task SendEvent_delivers_an_external_event_to_another_instance()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        await host.Client.ScheduleNewOrchestrationInstanceAsync("Receiver", options: new StartOrchestrationOptions("receiver"));

        var sender = await host.Client.ScheduleNewOrchestrationInstanceAsync("Sender", "receiver", new StartOrchestrationOptions("sender"));
        var sent = await host.WaitForCompletionAsync(sender);
        var received = await host.WaitForCompletionAsync("receiver");

        Assert.Equal("sent", sent.ReadOutputAs<string>());
        Assert.Equal("from sender", received.ReadOutputAs<string>());
        var history = (await host.Client.GetInstanceAsync(sender, includeHistory: true))!.History!;
        Assert.Single(history, e => e.EventType == HistoryEventType.EventSent && e.InstanceId == "receiver");
    }
}
