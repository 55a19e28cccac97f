using Logistics.Orchestration.Tests.Support;

namespace Logistics.Orchestration.Tests.Conformance;

public sealed class SubOrchestrationTests
{
    private static void Register(OrchestrationRegistry registry) => registry
        .AddActivityFunc<int, int>("Square", (_, n) => Task.FromResult(n * n))
        .AddOrchestratorFunc<int, int>("Child", async (ctx, n) =>
            n < 0 ? throw new ArgumentOutOfRangeException(nameof(n), "negative input") : await ctx.CallActivityAsync<int>("Square", n))
        .AddOrchestratorFunc<int, string>("Parent", async (ctx, n) =>
        {
            try
            {
                var square = await ctx.CallSubOrchestratorAsync<int>("Child", n, new SubOrchestrationOptions(InstanceId: $"{ctx.InstanceId}-child"));
                return $"square {square}";
            }
            catch (TaskFailedException ex)
            {
                return $"child failed: {ex.FailureDetails.InnerFailure?.ErrorType ?? ex.FailureDetails.ErrorType}";
            }
        });

    [Fact]
    public async Task Sub_orchestration_result_flows_back_to_the_parent()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Parent", 7, new Client.StartOrchestrationOptions("parent-ok"));
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal("square 49", result.ReadOutputAs<string>());
        var child = await host.Client.GetInstanceAsync("parent-ok-child", getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
        Assert.Equal("parent-ok", child.Parent!.InstanceId);
        var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!;
        Assert.Single(history, e => e.EventType == HistoryEventType.SubOrchestrationInstanceCreated && e.InstanceId == "parent-ok-child");
        Assert.Single(history, e => e.EventType == HistoryEventType.SubOrchestrationInstanceCompleted);
    }

    [Fact]
    public async Task Sub_orchestration_failure_surfaces_as_TaskFailedException()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Parent", -1, new Client.StartOrchestrationOptions("parent-bad"));
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal("child failed: System.ArgumentOutOfRangeException", result.ReadOutputAs<string>());
        var child = await host.Client.GetInstanceAsync("parent-bad-child");
        Assert.Equal(OrchestrationRuntimeStatus.Failed, child!.RuntimeStatus);
        var history = (await host.Client.GetInstanceAsync(id, includeHistory: true))!.History!;
        Assert.Single(history, e => e.EventType == HistoryEventType.SubOrchestrationInstanceFailed);
    }
}
