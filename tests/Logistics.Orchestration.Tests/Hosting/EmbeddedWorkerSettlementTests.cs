using Logistics.Orchestration.Hosting;
using Logistics.Orchestration.Tests.Support;
using Microsoft.Extensions.Options;

namespace Logistics.Orchestration.Tests.Hosting;

/// <summary>How the embedded worker completes the messages of a receive batch: together, and before locks can lapse.</summary>
public sealed class EmbeddedWorkerSettlementTests
{
    private static readonly TimeSpan Lock = TimeSpan.FromMinutes(1);
    private static readonly TaskCompletionSource Gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static void Register(OrchestrationRegistry registry) => registry
        .AddActivityFunc<int, int>("Fast", (_, n) => Task.FromResult(n))
        .AddActivityFunc<int, int>("Slow", async (_, n) =>
        {
            await Gate.Task;
            return n;
        })
        .AddOrchestratorFunc<string, int>("CallOne", (ctx, activity) => ctx.CallActivityAsync<int>(activity, 7));

    [Fact]
    public async Task A_slow_work_item_does_not_hold_back_its_batch_mates_completions_past_a_quarter_of_the_lock()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register, startWorker: false);
        var fast = await host.Client.ScheduleNewOrchestrationInstanceAsync("CallOne", "Fast");
        var slow = await host.Client.ScheduleNewOrchestrationInstanceAsync("CallOne", "Slow");
        // Run the first episodes by hand so both activity messages wait on the queue and one receive takes them together.
        foreach (var message in await host.Queue.ReceiveAsync(OrchestrationQueues.Orchestrations, 10, Lock))
        {
            await host.Runtime.HandleOrchestrationMessageAsync(message.Body);
            await host.Queue.CompleteAsync(message);
        }

        Assert.Equal(2, await host.Queue.CountActiveAsync(OrchestrationQueues.Activities));
        var options = new EmbeddedWorkerOptions { OrchestrationReceivers = 1, ActivityReceivers = 1, LockDuration = Lock };
        using var worker = new EmbeddedOrchestrationWorker(host.Runtime, host.Queue, Options.Create(options), host.Time);
        await worker.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal(7, (await host.WaitForCompletionAsync(fast)).ReadOutputAs<int>());

            // Fast's work committed, but its completion waits for the batch while Slow runs.
            Assert.Equal(2, await host.Queue.CountActiveAsync(OrchestrationQueues.Activities));
            host.Time.Advance(Lock / 4);
            await WaitUntilAsync(async () => await host.Queue.CountActiveAsync(OrchestrationQueues.Activities) == 1);

            Gate.SetResult();
            Assert.Equal(7, (await host.WaitForCompletionAsync(slow)).ReadOutputAs<int>());
            await host.WaitForIdleQueuesAsync();
        }
        finally
        {
            Gate.TrySetResult();
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(OrchestrationTestHost.WorkerTimeout);
        while (!await condition())
            await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
    }
}
