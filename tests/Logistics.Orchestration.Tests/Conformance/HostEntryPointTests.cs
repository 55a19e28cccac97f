using System.Text.Json;
using Logistics.Orchestration.Tests.Support;

namespace Logistics.Orchestration.Tests.Conformance;

/// <summary>Drives the runtime the way the Azure Functions host does: message bodies in, no embedded worker.</summary>
public sealed class HostEntryPointTests
{
    private static int sideEffects;

    private static void Register(OrchestrationRegistry registry) => registry
        .AddActivityFunc<int, int>("Increment", (_, n) =>
        {
            Interlocked.Increment(ref sideEffects);
            return Task.FromResult(n + 1);
        })
        .AddOrchestratorFunc<int, int>("Twice", async (ctx, n) =>
        {
            var once = await ctx.CallActivityAsync<int>("Increment", n);
            return await ctx.CallActivityAsync<int>("Increment", once);
        });

    [Fact]
    public async Task Redelivered_and_double_encoded_messages_give_one_result_per_task()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register, startWorker: false);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Twice", 40);

        for (var round = 0; round < 20 && !(await host.Client.GetInstanceAsync(id))!.IsCompleted; round++)
        {
            foreach (var message in await host.Queue.ReceiveAsync(OrchestrationQueues.Orchestrations, 10, TimeSpan.FromMinutes(1)))
            {
                // The Functions host hands plain strings over JSON-encoded once more.
                await host.Runtime.HandleOrchestrationMessageAsync(JsonSerializer.Serialize(message.Body));
                await host.Queue.CompleteAsync(message);
            }

            foreach (var message in await host.Queue.ReceiveAsync(OrchestrationQueues.Activities, 10, TimeSpan.FromMinutes(1)))
            {
                // At-least-once delivery: the same work item handled twice.
                await host.Runtime.HandleActivityMessageAsync(message.Body);
                await host.Runtime.HandleActivityMessageAsync(message.Body);
                await host.Queue.CompleteAsync(message);
            }
        }

        var result = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true, includeHistory: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, result!.RuntimeStatus);
        Assert.Equal(42, result.ReadOutputAs<int>());
        Assert.Equal(2, result.History!.Count(e => e.EventType == HistoryEventType.TaskCompleted));
        Assert.Equal(4, Volatile.Read(ref sideEffects));
        Assert.Equal(0, await host.Runtime.FireDueTimersAsync());
    }
}
