using Logistics.Orchestration.Tests.Support;

namespace Logistics.Orchestration.Tests.Conformance;

public sealed class ContinueAsNewTests
{
    private const int Iterations = 1000;

    private static void Register(OrchestrationRegistry registry) => registry
        .AddOrchestratorFunc<int, string>("Counter", async (ctx, n) =>
        {
            if (n < Iterations)
            {
                ctx.SetCustomStatus(new { iteration = n });
                ctx.ContinueAsNew(n + 1);
                return "continued";
            }

            // The event was raised while earlier executions ran: it must have been carried over.
            var final = await ctx.WaitForExternalEvent<string>("Final");
            return $"{n}:{final}";
        });

    [Fact]
    public async Task ContinueAsNew_keeps_history_bounded_over_1000_iterations_and_carries_events()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Counter", 0);
        var first = await host.WaitForStateAsync(id, s => s.ReadCustomStatusAs<Dictionary<string, int>>()?["iteration"] >= 3);

        await host.Client.RaiseEventAsync(id, "Final", "carried");
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal($"{Iterations}:carried", result.ReadOutputAs<string>());
        var finalState = await host.Client.GetInstanceAsync(id, includeHistory: true);
        Assert.NotEqual(first.ExecutionId, finalState!.ExecutionId);
        Assert.InRange(finalState.History!.Count, 4, 12);
        Assert.Single(finalState.History!, e => e.EventType == HistoryEventType.EventRaised && e.Name == "Final");
    }
}
